// Must not compile: money times a double would hide a rounding rule; use multiply(rate, rounding).
// Built with COMMISSIONING_COMPILE_FAIL_CONTROL, the same file must compile.
#include <commissioning/money/money.hpp>

int main() {
  const auto fee = commissioning::money::parse("£325,500");
#ifndef COMMISSIONING_COMPILE_FAIL_CONTROL
  const auto uplifted = fee * 2.5;
#else
  const auto uplifted = fee.multiply(commissioning::rate::parse("2.5"));
#endif
  return static_cast<int>(uplifted.pence() % 2);
}
