package org.stemma.cli;

import org.stemma.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the edition on http://127.0.0.1:PORT/, rebuilding and reloading pages when files change.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ContentOption contentOption;

    @CommandLine.Mixin
    TemplatesOption templatesOption;

    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path t = templatesOption.resolve(spec);
        DevServer server;
        try {
            server = new DevServer(contentOption.dir, t, port);
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("serve: port " + port + " is in use: choose another with --port");
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close(); // Ctrl-C: stop serving and watching, then let the JVM exit
            stopped.countDown();
        }));
        server.start();
        spec.commandLine().getOut().println("serve: http://127.0.0.1:" + server.port() + "/index.html (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return Main.OK;
    }
}
