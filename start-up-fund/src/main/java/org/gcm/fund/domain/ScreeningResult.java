package org.gcm.fund.domain;

import java.util.List;

/** The outcome of screening an application against the fund's rules: every rule, passed or not, with why. */
public record ScreeningResult(boolean passed, List<Rule> rules) {

    /** One rule's verdict; {@code rule} is its stable name (ceiling, duration, joint-implementation, ...). */
    public record Rule(String rule, boolean passed, String message) {
    }

    public List<Rule> failed() {
        return rules.stream().filter(rule -> !rule.passed()).toList();
    }
}
