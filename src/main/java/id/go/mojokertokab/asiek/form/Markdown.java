package id.go.mojokertokab.asiek.form;

/**
 * Makes a value safe to show inside the Markdown of a form's text component ({{value}}): every character that
 * Markdown or HTML would read as markup is escaped, and line breaks become {@code <br>} so that a value keeps its lines
 * and never breaks the table row it sits in. A requester's "[klik](http://…)" or "![x](…)" then shows as typed.
 */
public final class Markdown {

  private static final String SPECIAL = "\\`*_{}[]()#+-.!|~:";

  private Markdown() {}

  public static String escape(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> { }
        case '\n' -> out.append("<br>");
        default -> {
          if (SPECIAL.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(Character.isISOControl(c) ? ' ' : c);
        }
      }
    }
    return out.toString();
  }
}
