// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes through the money, rate, date, term and financial-year parsers.
// Each either returns a value that formats and reads back equal, or throws a
// commissioning::error whose message is one line of valid UTF-8; nothing else.
#include "message_check.hpp"

#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace commissioning;

using fuzz::guarded;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  guarded([&] {
    const money m = money::parse(text);
    if (money::parse(to_string(m)) != m) std::abort();
  });
  guarded([&] {
    const rate r = rate::parse(text);
    (void)r.to_string();
  });
  guarded([&] {
    const date d = parse_date(text);
    if (parse_date(to_iso(d)) != d || parse_date(to_long_string(d)) != d) std::abort();
  });
  guarded([&] {
    const term t = term::parse(text);
    if (term::parse(t.to_string()) != t || term::parse(t.to_words()) != t) std::abort();
  });
  guarded([&] {
    const financial_year y = financial_year::parse(text);
    if (financial_year::parse(y.label()) != y) std::abort();
  });
  return 0;
}
