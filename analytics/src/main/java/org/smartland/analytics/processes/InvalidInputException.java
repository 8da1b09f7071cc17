package org.smartland.analytics.processes;

/** An input of a process request that does not fit the process description: the message names the input. */
public final class InvalidInputException extends RuntimeException {
  private final String input;

  public InvalidInputException(String input, String problem) {
    super("input '" + input + "': " + problem);
    this.input = input;
  }

  /** The input's id, as in the process description. */
  public String input() {
    return input;
  }
}
