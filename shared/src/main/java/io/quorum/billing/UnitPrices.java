package io.quorum.billing;

import io.quorum.workflow.TaskType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one decided micro-task costs, in cents, per task type. Configured as
 * {@code single_choice=2,multiple_choice=3,...}; a type left out keeps its default.
 */
public final class UnitPrices {

    public static final String DEFAULTS = "single_choice=2,multiple_choice=3,rectangle_frame_select=8,free_point=5,stroke=8,cube_circle=12";

    private final Map<TaskType, Long> cents;

    private UnitPrices(Map<TaskType, Long> cents) {
        this.cents = Collections.unmodifiableMap(cents);
    }

    public static UnitPrices defaults() {
        return parse(DEFAULTS);
    }

    /** The defaults overridden by {@code configured} when present; a malformed entry fails at start. */
    public static UnitPrices configured(Optional<String> configured) {
        UnitPrices defaults = parse(DEFAULTS);
        if (configured.isEmpty()) {
            return defaults;
        }
        Map<TaskType, Long> merged = new EnumMap<>(defaults.cents);
        merged.putAll(parse(configured.get()).cents);
        return new UnitPrices(merged);
    }

    /** Reads {@code type=cents} pairs separated by commas. */
    public static UnitPrices parse(String text) {
        Map<TaskType, Long> cents = new EnumMap<>(TaskType.class);
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] pair = entry.split("=", -1);
            if (pair.length != 2) {
                throw new IllegalArgumentException("UNIT_PRICES_CENTS entry '" + entry.strip() + "' is not type=cents");
            }
            TaskType type = TaskType.fromWire(pair[0].strip()).orElseThrow(() ->
                    new IllegalArgumentException("UNIT_PRICES_CENTS names an unknown task type '" + pair[0].strip() + "'"));
            String value = pair[1].strip();
            if (!value.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("UNIT_PRICES_CENTS price of " + type.wireName() + " must be whole cents");
            }
            cents.put(type, Long.parseLong(value));
        }
        return new UnitPrices(cents);
    }

    public long centsPerTask(TaskType type) {
        Long price = cents.get(type);
        if (price == null) {
            throw new IllegalStateException("no unit price for " + type.wireName());
        }
        return price;
    }
}
