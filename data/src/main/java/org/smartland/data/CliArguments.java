package org.smartland.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: a command ({@code import}, {@code list}, {@code help}) and its {@code --name value}
 * options. {@code --help} or {@code -h} anywhere means {@code help}.
 */
record CliArguments(String command, Map<String, String> options) {
  private static final Map<String, Set<String>> OPTIONS = Map.of(
      "import", Set.of("territory", "sources", "out", "territories", "store", "jdbc"),
      "list", Set.of("territories"),
      "help", Set.of());

  CliArguments {
    options = Map.copyOf(options);
  }

  static CliArguments parse(String[] args) {
    List<String> list = List.of(args);
    if (list.isEmpty() || list.contains("--help") || list.contains("-h") || list.get(0).equals("help")) {
      return new CliArguments("help", Map.of());
    }
    String command = list.get(0);
    Set<String> allowed = OPTIONS.get(command);
    if (allowed == null) {
      throw new UsageException("unknown command '" + command + "' (commands: import, list, help)");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < list.size(); i++) {
      String arg = list.get(i);
      if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
        throw new UsageException("unknown option '" + arg + "' for " + command);
      }
      if (i + 1 >= list.size() || list.get(i + 1).startsWith("--")) {
        throw new UsageException("option " + arg + " needs a value");
      }
      if (options.put(arg.substring(2), list.get(++i)) != null) {
        throw new UsageException("option " + arg + " is given twice");
      }
    }
    return new CliArguments(command, options);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  String required(String name) {
    return option(name).orElseThrow(() -> new UsageException(command + " needs --" + name));
  }
}
