package org.gcm.hub.domain;

/** What a piece of correspondence about a request is. */
public enum CorrespondenceKind {
    /** The secretariat's advice to the requester. */
    ADVICE,
    /** The secretariat asks the requester for more information. */
    INFORMATION_REQUEST,
    /** The requester's answer. */
    INFORMATION_RESPONSE
}
