package org.gcm.refusals;

/**
 * The caller is known and may use the operation, but not on this resource or with these values (a member state
 * creating a request for another country; a donor whose token names no contributor). Used only where the caller
 * may know the resource exists; otherwise {@link NotFound}.
 */
public final class Forbidden extends Refusal {

    public Forbidden(String detail) {
        super(detail);
    }
}
