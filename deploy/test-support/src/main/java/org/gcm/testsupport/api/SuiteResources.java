package org.gcm.testsupport.api;

import java.util.Map;

/**
 * What a service's wiring gives both suites: the callers, owning the resources it made, and the valid call of
 * each operation on those resources (by operationId).
 */
public interface SuiteResources {

    Callers callers();

    Map<String, Baseline> baselines();
}
