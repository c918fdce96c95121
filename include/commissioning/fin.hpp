// SPDX-License-Identifier: MIT
/// \file fin.hpp
/// \brief The layer of financial functions: numpy-financial's functions, XNPV and XIRR.
#pragma once

#include <commissioning/fin/financial_functions.hpp>
