package org.gcm.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The name a client gives a resource method's parameter: the header, query or path name of its JAX-RS annotation
 * ({@code If-Match} for {@code ifMatch}); a parameter without one (the body) keeps its Java name.
 */
final class HttpParameters {

    private HttpParameters() {
    }

    static String nameOf(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        Method target = method == null ? null : find(resource, method);
        if (target == null || parameter.getParameterIndex() >= target.getParameterCount()) {
            return parameter.getName();
        }
        for (Annotation annotation : target.getParameterAnnotations()[parameter.getParameterIndex()]) {
            String name = httpName(annotation);
            if (name != null) {
                return name;
            }
        }
        return parameter.getName();
    }

    private static Method find(Class<?> resource, Path.MethodNode method) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method found = type.getDeclaredMethod(method.getName(), types);
                if (found.getParameterAnnotations().length > 0 && hasHttpNames(found)) {
                    return found;
                }
            } catch (NoSuchMethodException e) {
                // A generated subclass may not redeclare it: look further up.
            }
        }
        return null;
    }

    private static boolean hasHttpNames(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (httpName(annotation) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String httpName(Annotation annotation) {
        if (annotation instanceof HeaderParam header) {
            return header.value();
        }
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof PathParam path) {
            return path.value();
        }
        if (annotation instanceof FormParam form) {
            return form.value();
        }
        if (annotation instanceof CookieParam cookie) {
            return cookie.value();
        }
        return null;
    }
}
