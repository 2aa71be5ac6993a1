package org.gcm.refusals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void checksNameEveryBrokenRuleAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> InvalidInput.check()
                .require(false, "endDate", "after-start", "must be after startDate")
                .require(true, "title", "NotBlank", "must not be blank")
                .require(false, "country", "iso-3166-alpha-3", "must be an ISO 3166-1 alpha-3 code")
                .orRefuse());

        assertEquals(List.of("endDate", "country"), refused.errors().stream().map(FieldError::field).toList());
        assertEquals("2 fields are invalid; see errors.", refused.detail());
    }

    @Test
    void oneBrokenRuleIsSaidInTheDetail() {
        InvalidInput refused = InvalidInput.of("objectives", "range", "must be 1 to 23");

        assertEquals("1 field is invalid: objectives must be 1 to 23.", refused.detail());
    }

    @Test
    void checksThatAllHoldRefuseNothing() {
        InvalidInput.Checks checks = InvalidInput.check().require(true, "title", "NotBlank", "must not be blank");
        checks.orRefuse();
        assertEquals(true, checks.valid());
    }

    @Test
    void aConflictRuleIsNamedInLowerCaseWords() {
        assertThrows(IllegalArgumentException.class, () -> new StateConflict.Rule("Quorum Not Met", "x"));
        assertEquals("already-exists", StateConflict.ALREADY_EXISTS.name());
    }
}
