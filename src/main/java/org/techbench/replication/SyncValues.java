package org.techbench.replication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;

/**
 * The text form in which field values travel and are compared between replicas, and its way back
 * to a column's type. Instants are written in UTC so that databases that keep the offset (H2) and
 * those that do not (PostgreSQL) give the same text.
 */
public final class SyncValues {

    private SyncValues() {
    }

    public static String text(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time.toInstant().toString();
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    public static Object parse(Field<?> field, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            return text;
        } else if (type == UUID.class) {
            return UUID.fromString(text);
        } else if (type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        } else if (type == Boolean.class) {
            return parseBoolean(text);
        } else if (type == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        }
        throw new IllegalArgumentException("no text form for " + type.getSimpleName() + " column " + field.getName());
    }

    private static Boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }
}
