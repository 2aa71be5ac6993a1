package org.gcm.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.gcm.refusals.FieldError;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns Bean Validation violations into field errors named as the client sees them. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath(), v.getRootBeanClass()), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
                .toList();
    }

    /**
     * The path the client knows: a resource method's path starts with the method and parameter names
     * ({@code create.body.budget.amount}); the client sent {@code budget.amount}. A violation on the
     * parameter itself (a query parameter, or a missing body) is named by the parameter as the client writes it
     * ({@code If-Match}, {@code capacityWeight}), not by its Java name.
     */
    static String fieldOf(Path path) {
        return fieldOf(path, null);
    }

    static String fieldOf(Path path, Class<?> resource) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        Path.MethodNode method = null;
        boolean inBody = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = HttpParameters.nameOf(resource, method, node.as(Path.ParameterNode.class));
                inBody = true;
                continue;
            }
            if (!inBody && kind != ElementKind.PROPERTY) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter != null ? parameter : path.toString();
        }
        return field.toString();
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
