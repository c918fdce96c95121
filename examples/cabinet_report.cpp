// The pieces of a cabinet report from the seeds, in the format named on the command line
// (md, html, csv, json or text); each format's output is a golden file diffed in CI:
//  - seed 000: the options table, the appraisal in a sentence and the "Financial
//    implications" paragraph;
//  - seed 002: the spend table with its subtotal, total and revised total;
//  - seed 004: the contract summary and the spend-to-date sentence.
#include "seeds.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

using namespace commissioning;

int main(int argc, char** argv) {
  const std::string_view format = argc > 1 ? argv[1] : "text";
  const appraisal kent = seeds::kent_2021();
  const appraisal_result result = kent.run();
  const contract young_carers = seeds::kent_young_carers_2016();
  const std::vector<table> tables{
      options_table(kent, result),
      proposal_table(seeds::early_help_proposal_2020(), "Current spend per annum on these contracts"),
      contract_summary_table(young_carers),
  };
  const std::vector<std::string> paragraphs{
      appraisal_sentence(result),
      financial_implications_paragraph(seeds::kent_young_carers_2022(),
                                       "the existing revenue KCC base budget reported against the Early Help and "
                                       "Preventative Services Key Service in the Budget Book"),
      spend_to_date_sentence(young_carers, "Kent County Council", "the delivery of the young carers service"),
  };

  if (format == "json") {
    nlohmann::ordered_json out;
    out["tables"] = nlohmann::ordered_json::array();
    for (const table& t : tables) out["tables"].push_back(to_json_value<nlohmann::ordered_json>(t));
    out["paragraphs"] = paragraphs;
    std::cout << out.dump(2) << '\n';
  } else if (format == "csv") {
    for (const table& t : tables) std::cout << to_csv(t) << "\r\n";
  } else if (format == "html") {
    std::cout << to_html_document(result.title, tables, paragraphs);
  } else if (format == "md") {
    for (const table& t : tables) std::cout << to_markdown(t) << '\n';
    for (const std::string& p : paragraphs) std::cout << p << "\n\n";
  } else if (format == "text") {
    for (const table& t : tables) std::cout << to_text(t) << '\n';
    for (const std::string& p : paragraphs) std::cout << p << "\n\n";
  } else {
    std::cerr << "usage: cabinet_report [md|html|csv|json|text]\n";
    return 2;
  }
}
