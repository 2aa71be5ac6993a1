package org.gcm.testsupport.hostile;

import java.util.Set;

import org.gcm.testsupport.api.Operation;

/**
 * What every answer to a hostile request must be: never a 5xx; every 4xx a problem whose {@code status} is the
 * HTTP status; the field at fault named as the client wrote it; nonsense refused; the status one the document
 * declares; and nothing stored when refused.
 */
final class Judge {

    private final Findings findings;

    Judge(Findings findings) {
        this.findings = findings;
    }

    /** Judges one answer; {@code changedTables} are the tables written while it was handled. */
    void judge(Operation operation, BadInput input, Answer answer, Set<String> changedTables) {
        String id = operation.operationId();
        String example = input.what() + (input.field() == null ? "" : " at " + input.field()) + ": "
                + input.call().describe() + " -> " + answer.shortly();
        int status = answer.status();
        if (status >= 500) {
            findings.add(Findings.SERVER_ERROR, id, example);
        }
        if (status >= 400) {
            if (!answer.isProblem()) {
                findings.add(Findings.NOT_A_PROBLEM, id, example);
            } else if (answer.problem().path("status").asInt() != status) {
                findings.add(Findings.WRONG_PROBLEM_STATUS, id, example);
            }
            if (!changedTables.isEmpty()) {
                findings.add(Findings.STORED_ON_REFUSAL, id, example + " changed " + changedTables);
            }
        }
        if (!operation.documents(status)) {
            findings.add(Findings.UNDOCUMENTED_STATUS, id, status + " for " + example);
        }
        if (input.certainlyInvalid() && status < 400) {
            boolean noBody = input.what().equals("empty body") || input.what().equals("null body");
            findings.add(noBody ? Findings.BODY_REQUIRED_NOT_ENFORCED : Findings.ACCEPTED_NONSENSE, id, example);
        }
        if (status == 400 && input.field() != null && answer.isProblem()) {
            judgeField(operation, input, answer, example);
        }
        if (status == 404 && input.certainlyInvalid() && isQueryParameter(operation, input.field())) {
            // Nothing is missing: the client sent a bad value, and a 400 naming it tells it which.
            findings.add(Findings.FIELD_NOT_NAMED, id, "404 instead of a 400 naming " + input.field() + ": " + example);
        }
    }

    private void judgeField(Operation operation, BadInput input, Answer answer, String example) {
        boolean named = answer.fields().contains(input.field())
                // A repeated query parameter may be named by its occurrence: country[0].
                || isQueryParameter(operation, input.field())
                        && answer.fields().stream().anyMatch(f -> f.startsWith(input.field() + "["))
                // A path value may be named by its parameter or as the path as a whole.
                || answer.fields().contains("path") && isPathParameter(operation, input.field())
                // A body that is a list as a whole: named as the body, body[0] for an element.
                || (input.field().isEmpty() || input.field().startsWith("["))
                        && answer.fields().contains("body" + input.field());
        if (input.what().equals("optional field left out")) {
            if (named) {
                findings.add(Findings.REQUIRED_NOT_DOCUMENTED, operation.operationId(), example);
            }
            return;
        }
        if (!named) {
            findings.add(Findings.FIELD_NOT_NAMED, operation.operationId(), "expected " + input.field() + " in "
                    + answer.fields() + ": " + example);
        }
    }

    private static boolean isQueryParameter(Operation operation, String name) {
        return operation.parameters("query").stream().anyMatch(p -> p.name().equals(name));
    }

    private static boolean isPathParameter(Operation operation, String name) {
        return operation.parameters("path").stream().anyMatch(p -> p.name().equals(name));
    }
}
