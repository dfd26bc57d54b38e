package org.glyphtransfer.app;

import com.google.gson.Gson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.Plugin;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.transfer.store.FiniteJson;

/** Prints plugins of one kind: a table of names and descriptions, or one plugin's options. */
final class PluginListing {
    static final Gson JSON =
            FiniteJson.builder().setPrettyPrinting().disableHtmlEscaping().create();

    private PluginListing() {}

    static void list(PrintWriter out, PluginRegistry registry, List<? extends Plugin> plugins, boolean json) {
        if (json) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Plugin p : plugins) {
                entries.add(describe(registry, p));
            }
            out.println(JSON.toJson(entries));
            out.flush();
            return;
        }
        TextTable table = new TextTable("NAME", "DESCRIPTION", "FROM");
        for (Plugin p : plugins) {
            table.row(p.name(), p.description(), registry.origin(p));
        }
        table.print(out);
    }

    static void detail(PrintWriter out, PluginRegistry registry, Plugin plugin, boolean json) {
        if (json) {
            out.println(JSON.toJson(describe(registry, plugin)));
            out.flush();
            return;
        }
        out.println(plugin.name() + " — " + plugin.description());
        out.println(
                "from: " + registry.origin(plugin) + " (" + plugin.getClass().getName() + ")");
        if (plugin.options().specs().isEmpty()) {
            out.println("options: none");
            out.flush();
            return;
        }
        out.println();
        TextTable table = new TextTable("OPTION", "DEFAULT", "ACCEPTS", "DESCRIPTION");
        for (OptionSpec spec : plugin.options().specs()) {
            table.row(
                    spec.key(),
                    spec.defaultValue() == null ? "(unset)" : spec.defaultValue(),
                    spec.expectation(),
                    spec.description());
        }
        table.print(out);
    }

    private static Map<String, Object> describe(PluginRegistry registry, Plugin p) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", p.name());
        entry.put("description", p.description());
        entry.put("from", registry.origin(p));
        entry.put("class", p.getClass().getName());
        List<Map<String, Object>> options = new ArrayList<>();
        for (OptionSpec spec : p.options().specs()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", spec.key());
            o.put("type", spec.type().name().toLowerCase(java.util.Locale.ROOT));
            o.put("default", spec.defaultValue());
            o.put("accepts", spec.expectation());
            o.put("description", spec.description());
            options.add(o);
        }
        entry.put("options", options);
        return entry;
    }
}
