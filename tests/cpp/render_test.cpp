// Renderers: every format escapes what it must, and never emits a broken document.
#include <commissioning/report/render.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using namespace commissioning;

table awkward() {
  table t("Options <with> \"quotes\" & pipes |", {column::text("Option", true), column::text("Points"),
                                                  column::money("Cost")});
  t.add_row({std::string("1. Do <b>nothing</b> | now"), std::vector<std::string>{"Saves £325,500", "a, \"quoted\" point"},
             money::parse("£1,000")});
  t.add_row({std::string("=HYPERLINK(\"x\")"), cell(), money::parse("-£12.50")});
  t.add_row({std::string("Two\nlines"), std::vector<std::string>{}, money()});
  t.note("A note with <markup>");
  t.source("Seed 000");
  return t;
}

TEST(RenderTest, MarkdownEscapesPipesAndMarkup) {
  const std::string md = to_markdown(awkward());
  EXPECT_NE(md.find("| 1. Do \\<b\\>nothing\\</b\\> \\| now | Saves £325,500; a, \"quoted\" point | £1,000 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| --- | --- | ---: |"), std::string::npos);
  EXPECT_NE(md.find("| Two lines |"), std::string::npos);
  EXPECT_NE(md.find("Source: Seed 000"), std::string::npos);
}

TEST(RenderTest, HtmlIsSemanticAndEscaped) {
  const std::string html = to_html(awkward());
  EXPECT_NE(html.find("<caption>Options &lt;with&gt; &quot;quotes&quot; &amp; pipes |</caption>"), std::string::npos) << html;
  EXPECT_NE(html.find("<th scope=\"col\">Option</th>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">1. Do &lt;b&gt;nothing&lt;/b&gt; | now</th>"), std::string::npos);
  EXPECT_NE(html.find("<ul><li>Saves £325,500</li><li>a, &quot;quoted&quot; point</li></ul>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\">-£13</td>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"commissioning-note\">A note with &lt;markup&gt;</p>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
}

TEST(RenderTest, StandaloneHtmlIsADocumentWithAStylesheet) {
  const std::string html = to_html(awkward(), {.standalone = true});
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find(".commissioning-table .num { text-align: right;"), std::string::npos);
  EXPECT_TRUE(html.ends_with("</body>\n</html>\n"));
  const std::string own = to_html(awkward(), {.standalone = true, .stylesheet = "td { color: navy; }\n"});
  EXPECT_NE(own.find("td { color: navy; }"), std::string::npos);
}

TEST(RenderTest, CsvFollowsRfc4180AndDisarmsFormulas) {
  const std::string csv = to_csv(awkward());
  EXPECT_TRUE(csv.starts_with("Option,Points,Cost\r\n"));
  EXPECT_NE(csv.find("1. Do <b>nothing</b> | now,\"Saves £325,500; a, \"\"quoted\"\" point\",1000.00\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\",,-12.50\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"Two\nlines\",,0.00\r\n"), std::string::npos);
  const std::string display = to_csv(awkward(), csv_values::display);
  EXPECT_NE(display.find(",\"£1,000\"\r\n"), std::string::npos);
}

TEST(RenderTest, JsonCarriesExactValuesAndDisplayText) {
  const auto json = to_json_value<nlohmann::ordered_json>(awkward());
  EXPECT_EQ(json["caption"], "Options <with> \"quotes\" & pipes |");
  EXPECT_EQ(json["columns"][2]["kind"], "money");
  EXPECT_EQ(json["columns"][2]["align"], "right");
  EXPECT_EQ(json["rows"][0]["cells"][2]["value"], "1000.00");
  EXPECT_EQ(json["rows"][0]["cells"][2]["text"], "£1,000");
  EXPECT_EQ(json["rows"][0]["cells"][1]["items"][1], "a, \"quoted\" point");
  EXPECT_TRUE(json["rows"][1]["cells"][1].is_null());
  EXPECT_EQ(json["rows"][1]["cells"][2]["value"], "-12.50");
  EXPECT_EQ(json["notes"][0], "A note with <markup>");
  EXPECT_EQ(nlohmann::json::parse(to_json(awkward())), nlohmann::json::parse(json.dump()));
}

TEST(RenderTest, TextAlignsAndWraps) {
  table t("Options", {column::text("Option"), column::text("Points"), column::money("Cost")});
  t.add_row({std::string("In-house"), std::vector<std::string>{"A procurement process will not be required"},
             money::parse("£1,667,500")});
  t.add_row({std::string("External"), std::vector<std::string>{"Robust contract management"}, money::parse("£2")});
  t.add_total();
  EXPECT_EQ(to_text(t, {.max_column_width = 20}),
            "Options\n"
            "Option    Points                    Cost\n"
            "--------  ------------------  ----------\n"
            "In-house  - A procurement     £1,667,500\n"
            "            process will not\n"
            "            be required\n"
            "External  - Robust contract           £2\n"
            "            management\n"
            "--------  ------------------  ----------\n"
            "Total                         £1,667,502\n");
}

}  // namespace
