// A consumer of the installed (or added) package: the seed figure, five years of £325,500.
#include <commissioning/commissioning.hpp>

#include <iostream>

int main() {
  using namespace commissioning;
  std::cout << "commissioning " << version << ": " << money::parse("£325,500") * 5 << '\n';
}
