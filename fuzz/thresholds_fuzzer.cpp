// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a procurement threshold table (threshold_table::parse_csv, what
// ThresholdTable.from_csv and read_csv read). The text either gives a table in which every row is
// found again on its own date, or throws a commissioning::error whose message is one line of
// valid UTF-8; nothing else (no other exception, no crash, no quadratic hang).
#include "message_check.hpp"

#include <commissioning/procurement/thresholds.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace commissioning;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::guarded([&] {
    const threshold_table table = threshold_table::parse_csv(text);
    for (const threshold_row& row : table.rows())
      if (table.lookup(row.regime, row.type, row.effective_from) != row) std::abort();
  });
  return 0;
}
