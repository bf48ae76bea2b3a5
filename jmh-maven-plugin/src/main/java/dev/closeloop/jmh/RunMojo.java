package dev.closeloop.jmh;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code jmh:run}: runs the module's JMH benchmarks with {@code org.openjdk.jmh.Main} in a forked JVM
 * on the module's runtime classpath. JMH options come from {@code -Djmh.args="..."}; fail-on-error
 * is on unless the options set {@code -foe}, so a benchmark that throws fails the build. Modules
 * without compiled benchmarks ({@code META-INF/BenchmarkList}) are skipped.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** JMH command-line options, as {@code java -jar benchmarks.jar} would take them. */
    @Parameter(property = "jmh.args", defaultValue = "")
    private String args;

    /** Options for the forked JVM that runs JMH's harness. */
    @Parameter(property = "jmh.jvmArgs", defaultValue = "")
    private String jvmArgs;

    @Override
    public void execute() throws MojoExecutionException {
        File classes = new File(project.getBuild().getOutputDirectory());
        if (!new File(classes, "META-INF/BenchmarkList").isFile()) {
            getLog().info("No JMH benchmarks in " + project.getArtifactId() + "; skipping.");
            return;
        }
        List<String> cp;
        try {
            cp = project.getRuntimeClasspathElements();
        } catch (Exception e) {
            throw new MojoExecutionException("Could not resolve the runtime classpath of " + project.getArtifactId(), e);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(split(jvmArgs));
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, cp));
        cmd.add("org.openjdk.jmh.Main");
        List<String> jmh = split(args);
        if (!jmh.contains("-foe")) {
            cmd.add("-foe");
            cmd.add("true");
        }
        cmd.addAll(jmh);
        getLog().info("Running JMH: org.openjdk.jmh.Main " + String.join(" ", cmd.subList(cmd.indexOf("org.openjdk.jmh.Main") + 1, cmd.size())));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int status = p.waitFor();
            if (status != 0) {
                throw new MojoExecutionException("JMH exited with status " + status);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start the JMH JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while JMH ran", e);
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }
}
