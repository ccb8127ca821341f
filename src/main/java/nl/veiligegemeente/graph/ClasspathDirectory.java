package nl.veiligegemeente.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;

/**
 * Lists the files of a classpath directory, from a build output folder (tests, dev mode) or from
 * a jar (the packaged service). Neo4j-Migrations' own scanner cannot see into Quarkus' class loaders.
 */
final class ClasspathDirectory implements ClasspathResourceScanner {

    @Override
    public List<URL> scan(List<String> locations) {
        var found = new ArrayList<URL>();
        for (var location : locations) {
            var directory = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
            try {
                for (var url : Collections.list(Thread.currentThread().getContextClassLoader().getResources(directory))) {
                    found.addAll(list(url, directory));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list classpath:" + directory, e);
            }
        }
        return found;
    }

    private static List<URL> list(URL directoryUrl, String directory) throws IOException {
        if ("file".equals(directoryUrl.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(directoryUrl.toURI()))) {
                return files.filter(Files::isRegularFile).map(ClasspathDirectory::toUrl).toList();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if ("jar".equals(directoryUrl.getProtocol())) {
            var connection = (JarURLConnection) directoryUrl.openConnection();
            connection.setUseCaches(false);
            var prefix = directory + "/";
            var jarUrl = connection.getJarFileURL();
            try (var jar = connection.getJarFile()) {
                return jar.stream()
                        .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix)
                                && entry.getName().indexOf('/', prefix.length()) < 0)
                        .map(entry -> toUrl("jar:" + jarUrl + "!/" + entry.getName()))
                        .toList();
            }
        }
        throw new IOException("Cannot list classpath resources at " + directoryUrl);
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL toUrl(String url) {
        try {
            return java.net.URI.create(url).toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
