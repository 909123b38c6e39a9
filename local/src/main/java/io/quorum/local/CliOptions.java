package io.quorum.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command line of {@link QuorumLocal}: a command, its positional arguments and flags. */
record CliOptions(
        Command command,
        List<String> arguments,
        int port,
        Path dataDir,
        boolean inMemory,
        String demoUserId,
        String demoSecretKey,
        String adminKey,
        Optional<Path> template,
        boolean asIs,
        boolean eventSources,
        boolean help) {

    static final int DEFAULT_PORT = 3000;
    static final Path DEFAULT_DATA_DIR = Path.of(".quorum");
    static final String DEFAULT_ADMIN_KEY = "quorum-local-admin-key-change-me-0001";
    /** template.yaml's MinLength for AdminApiKey. */
    static final int MIN_ADMIN_KEY_LENGTH = 32;

    enum Command {
        SERVE(0, Set.of("--port", "--data-dir", "--in-memory", "--demo-user-id", "--demo-secret-key", "--admin-key", "--template",
                "--no-event-sources")),
        INVOKE(2, Set.of("--port", "--demo-user-id", "--demo-secret-key", "--admin-key", "--template", "--as-is")),
        SIGN(1, Set.of("--demo-user-id", "--demo-secret-key"));

        final int argumentCount;
        final Set<String> flags;

        Command(int argumentCount, Set<String> flags) {
            this.argumentCount = argumentCount;
            this.flags = flags;
        }
    }

    private static final Set<String> SWITCHES = Set.of("--in-memory", "--as-is", "--no-event-sources", "--help", "-h");
    private static final Map<String, Command> COMMANDS = Map.of("serve", Command.SERVE, "invoke", Command.INVOKE, "sign", Command.SIGN);

    /** A command line that cannot be run: the message says why, the caller prints usage and exits 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CliOptions parse(String... args) throws UsageException {
        List<String> rest = new ArrayList<>(List.of(args));
        Command command = Command.SERVE;
        if (!rest.isEmpty() && COMMANDS.containsKey(rest.get(0))) {
            command = COMMANDS.get(rest.remove(0));
        }
        Builder options = new Builder(command);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("-")) {
                options.arguments.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                options.help = true;
                continue;
            }
            if (!command.flags.contains(name)) {
                throw new UsageException("Unknown option " + name + (command == Command.SERVE ? "" : " for " + command.name().toLowerCase()));
            }
            if (SWITCHES.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                options.set(name, null);
            } else {
                if (value == null) {
                    if (i + 1 >= rest.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = rest.get(++i);
                }
                options.set(name, value);
            }
        }
        if (!options.help && options.arguments.size() != command.argumentCount) {
            throw new UsageException(command == Command.SERVE
                    ? "Unexpected argument " + options.arguments.get(0)
                    : command.name().toLowerCase() + " takes " + command.argumentCount + " argument(s), got " + options.arguments.size());
        }
        return options.build();
    }

    static String usage() {
        return """
                Usage:
                  quorum-local [serve] [options]            start the local stack and serve the API
                  quorum-local invoke <FunctionLogicalId> <event.json> [--as-is] [options]
                                                            call one function with an event file
                  quorum-local sign <event.json>            print the event re-stamped and re-signed for the demo account
                  quorum-local bench cold-start [--runs N] [--functions-jar PATH] [--events DIR]
                                                            time each function from a fresh JVM to its first answer
                %s
                Options:
                  --port N              API port (default 3000; 0 = any free port). invoke looks for a running stack there
                  --data-dir DIR        keep DynamoDB tables and S3 objects under DIR (default ./.quorum);
                                        queued SQS messages are never kept across restarts
                  --in-memory           keep nothing on disk
                  --demo-user-id ID     demo account userId (default %s)
                  --demo-secret-key K   demo account secretKey (default %s)
                  --admin-key KEY       operator key, header X-Admin-Key (default %s; at least %d characters)
                  --template PATH       use this template.yaml instead of the packaged one
                  --no-event-sources    serve the API only: no SQS polling, S3 notifications or schedules
                  --as-is               invoke: send the event unchanged (no re-signing)
                  --help                this text
                """.formatted(io.quorum.local.crowd.CrowdCli.usage().stripTrailing() + "\n", DemoAccount.DEFAULT_USER_ID, DemoAccount.DEFAULT_SECRET_KEY, DEFAULT_ADMIN_KEY, MIN_ADMIN_KEY_LENGTH);
    }

    private static final class Builder {
        private final Command command;
        private final List<String> arguments = new ArrayList<>();
        private int port = DEFAULT_PORT;
        private Path dataDir = DEFAULT_DATA_DIR;
        private boolean inMemory;
        private String demoUserId = DemoAccount.DEFAULT_USER_ID;
        private String demoSecretKey = DemoAccount.DEFAULT_SECRET_KEY;
        private String adminKey = DEFAULT_ADMIN_KEY;
        private Path template;
        private boolean asIs;
        private boolean eventSources = true;
        private boolean help;

        Builder(Command command) {
            this.command = command;
        }

        void set(String name, String value) throws UsageException {
            switch (name) {
                case "--port" -> port = port(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--in-memory" -> inMemory = true;
                case "--demo-user-id" -> demoUserId = value;
                case "--demo-secret-key" -> demoSecretKey = value;
                case "--admin-key" -> adminKey = value;
                case "--template" -> template = Path.of(value);
                case "--as-is" -> asIs = true;
                case "--no-event-sources" -> eventSources = false;
                default -> throw new UsageException("Unknown option " + name);
            }
        }

        private static int port(String value) throws UsageException {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new UsageException("--port needs a number from 0 to 65535, not " + value);
        }

        CliOptions build() throws UsageException {
            if (adminKey.length() < MIN_ADMIN_KEY_LENGTH) {
                throw new UsageException("--admin-key needs at least " + MIN_ADMIN_KEY_LENGTH + " characters (template.yaml's MinLength)");
            }
            try {
                new DemoAccount(demoUserId, demoSecretKey);
            } catch (IllegalArgumentException e) {
                throw new UsageException("Demo account: " + e.getMessage());
            }
            return new CliOptions(command, List.copyOf(arguments), port, dataDir, inMemory, demoUserId, demoSecretKey,
                    adminKey, Optional.ofNullable(template), asIs, eventSources, help);
        }
    }

    DemoAccount demo() {
        return new DemoAccount(demoUserId, demoSecretKey);
    }

    SamTemplate loadTemplate() {
        return template.map(SamTemplate::load).orElseGet(SamTemplate::fromClasspath);
    }

    EmbeddedAws.Storage storage() {
        return inMemory ? EmbeddedAws.Storage.inMemory() : EmbeddedAws.Storage.under(dataDir);
    }

    /** Template parameters that the local stack sets rather than take from their Default. */
    Map<String, String> parameterValues() {
        return Map.of("AdminApiKey", adminKey);
    }
}
