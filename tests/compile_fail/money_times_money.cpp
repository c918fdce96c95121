// Must not compile: money times money has no meaning (money.hpp deletes the operator).
// Built with COMMISSIONING_COMPILE_FAIL_CONTROL, the same file must compile.
#include <commissioning/money/money.hpp>

int main() {
  const auto fee = commissioning::money::parse("£325,500");
#ifndef COMMISSIONING_COMPILE_FAIL_CONTROL
  const auto nonsense = fee * fee;
#else
  const auto nonsense = fee * 5;
#endif
  return static_cast<int>(nonsense.pence() % 2);
}
