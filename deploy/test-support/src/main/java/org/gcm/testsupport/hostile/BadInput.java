package org.gcm.testsupport.hostile;

import org.gcm.testsupport.api.HttpCall;

/**
 * One hostile request and what a correct server does with it.
 *
 * @param what             the kind of bad input ("string as number", "one over maxLength", ...)
 * @param field            the field or parameter at fault, as the client wrote it; null when the whole body is
 * @param certainlyInvalid the server must refuse it (a 2xx is "accepted nonsense"); false for inputs that are
 *                         legitimate text if within limits (injection strings), which must only not break anything
 * @param call             the request
 */
public record BadInput(String what, String field, boolean certainlyInvalid, HttpCall call) {
}
