package org.gcm.knowledge.service.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.knowledge.domain.Affiliation;

/**
 * An editor puts a reviewer on a practice's panel: their user id (the token's subject) and the affiliation the
 * panel needs; the reviewer's token must carry that affiliation when they act.
 */
@Schema(example = "{\"reviewer\": \"reviewer-un-1\", \"affiliation\": \"UN\"}")
public record AssignmentInput(String reviewer, Affiliation affiliation) {
}
