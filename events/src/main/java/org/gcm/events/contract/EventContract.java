package org.gcm.events.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a payload record, the event it is the data of: its CloudEvents {@code type} and the topic it is
 * published on. {@code Outbox.append(aggregateId, payload)} reads it, so a call site cannot pair a payload with the
 * wrong type or topic.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** The CloudEvents {@code type}, one of {@link EventTypes}' constants. */
    String type();

    /** The Kafka topic, one of {@link Topics}' constants. */
    String topic();
}
