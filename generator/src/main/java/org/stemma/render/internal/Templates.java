package org.stemma.render.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Location;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * One locked-down Freemarker configuration per run: HTML auto-escaping, no {@code ?api}, no
 * {@code ?new}, templates cached. Templates see only maps, lists, texts and numbers built for them.
 */
public final class Templates {
    private final Configuration cfg;
    private final String display;

    /** @param dir the templates folder, or null for the templates bundled in the jar */
    public Templates(Path dir, String display) {
        this.display = display;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader loader = dir != null ? new FileTemplateLoader(dir.toFile())
                    : new ClassTemplateLoader(Templates.class, "/stemma-templates");
            cfg.setTemplateLoader(loader);
        } catch (IOException e) {
            throw ContentException.at(Location.of(display), "cannot read templates: " + e.getMessage());
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Output must not depend on the machine's locale or time zone.
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** Marks HTML built and escaped in Java, so the template does not escape it twice. */
    public static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders a page as UTF-8 into {@code out}, in one write once the whole page is made. */
    public void render(String name, Map<String, Object> model, OutputStream out) throws IOException {
        make(name, model).writeTo(out);
    }

    private Utf8Writer make(String name, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(name);
            Utf8Writer w = new Utf8Writer(32_768);
            t.process(model, w);
            return w;
        } catch (ParseException e) {
            throw ContentException.at(new Location(display + "/" + e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax: " + e.getEditorMessage());
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw ContentException.at(new Location(display + "/" + file, line == null ? 0 : line, col == null ? 0 : col),
                    "template error: " + e.getMessageWithoutStackTop().lines().findFirst().orElse("?"));
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw ContentException.at(Location.of(display + "/" + name), "template is missing: restore it from Stemma's templates/");
        } catch (IOException e) {
            throw ContentException.at(Location.of(display + "/" + name), "cannot read template: " + e.getMessage());
        }
    }
}
