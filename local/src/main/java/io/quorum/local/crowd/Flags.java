package io.quorum.local.crowd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A subcommand's command line: {@code --name value}, {@code --name=value}, switches and positional arguments. */
final class Flags {

    /** A command line that cannot be run; the message says why. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values;
    private final List<String> positional;

    private Flags(Map<String, String> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    static Flags parse(List<String> args, Set<String> valueFlags, Set<String> switches) {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (switches.contains(name)) {
                if (equals > 0) {
                    throw new UsageException(name + " takes no value");
                }
                values.put(name, "true");
            } else if (valueFlags.contains(name)) {
                if (equals > 0) {
                    values.put(name, arg.substring(equals + 1));
                } else if (i + 1 < args.size()) {
                    values.put(name, args.get(++i));
                } else {
                    throw new UsageException(name + " needs a value");
                }
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return new Flags(values, positional);
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long integer(String name, long fallback, long min, long max) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(values.get(name));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(name + " needs a whole number from " + min + " to " + max + ", not " + values.get(name));
    }

    double decimal(String name, double fallback, double min, double max) {
        return values.containsKey(name) ? decimal(name, values.get(name), min, max) : fallback;
    }

    static double decimal(String name, String text, double min, double max) {
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(name + " needs a number from " + min + " to " + max + ", not " + text);
    }

    /** A comma-separated list, blanks dropped. */
    List<String> list(String name, List<String> fallback) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (String item : values.get(name).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        if (items.isEmpty()) {
            throw new UsageException(name + " needs at least one item");
        }
        return items;
    }
}
