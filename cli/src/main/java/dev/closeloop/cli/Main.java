package dev.closeloop.cli;

/** The {@code closeloop} command: {@code java -jar closeloop.jar check --platform AMAZON "message"}. */
public final class Main {
    private Main() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
