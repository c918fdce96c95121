// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a scenario file. The loader may refuse the input with a
// commissioning::error (a scenario_error, located); anything else (a crash, another
// exception, a sanitizer report) is a bug. A scenario that loads must also write back as TOML
// that loads equal, and its appraisal must run. A refusal's message must be one line of valid
// UTF-8 holding its id.
#include "message_check.hpp"

#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::guarded([&] {  // refused, with an id, is the expected outcome for most inputs
    const commissioning::scenario s = commissioning::parse_scenario(text, "fuzz.toml");
    const commissioning::scenario again = commissioning::parse_scenario(commissioning::to_toml(s), "written.toml");
    if (!(again == s)) std::abort();  // written back, it must read back equal
    if (s.has_appraisal()) (void)s.build_appraisal().run();
  });
  return 0;
}
