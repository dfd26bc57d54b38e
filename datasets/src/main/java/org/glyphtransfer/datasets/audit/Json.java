package org.glyphtransfer.datasets.audit;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A small JSON writer for maps, lists, strings, numbers and booleans, pretty-printed. */
final class Json {
    private Json() {}

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object value, int indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(sb, map.entrySet().iterator(), indent, '{', '}', true);
        } else if (value instanceof List<?> list) {
            writeEntries(sb, list.iterator(), indent, '[', ']', false);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            string(sb, value.toString());
        }
    }

    private static void writeEntries(
            StringBuilder sb, Iterator<?> items, int indent, char open, char close, boolean keyed) {
        if (!items.hasNext()) {
            sb.append(open).append(close);
            return;
        }
        sb.append(open).append('\n');
        while (items.hasNext()) {
            Object item = items.next();
            sb.append("  ".repeat(indent + 1));
            if (keyed) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
                string(sb, String.valueOf(entry.getKey()));
                sb.append(": ");
                write(sb, entry.getValue(), indent + 1);
            } else {
                write(sb, item, indent + 1);
            }
            sb.append(items.hasNext() ? ",\n" : "\n");
        }
        sb.append("  ".repeat(indent)).append(close);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
