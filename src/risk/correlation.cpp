// SPDX-License-Identifier: MIT
// Correlation matrices: the checks and the Cholesky factorisation (with Eigen's LLT and, for a
// singular matrix, its symmetric eigenvalue solver) of risk/correlation.hpp, compiled once.
#include <commissioning/risk/correlation.hpp>

#include <commissioning/error.hpp>

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

namespace commissioning {

correlation::correlation(Eigen::MatrixXd matrix) : matrix_(std::move(matrix)) {
  const auto entry = [](Eigen::Index i, Eigen::Index j, double value) {
    char text[96];
    std::snprintf(text, sizeof text, "entry (%ld, %ld) = %.10g", static_cast<long>(i), static_cast<long>(j), value);
    return std::string(text);
  };
  if (matrix_.rows() != matrix_.cols())
    throw invalid_input("correlation", 1, "a correlation matrix must be square, got " + std::to_string(matrix_.rows()) +
                                              " × " + std::to_string(matrix_.cols()));
  const Eigen::Index n = matrix_.rows();
  for (Eigen::Index i = 0; i < n; ++i) {
    if (matrix_(i, i) != 1)
      throw invalid_input("correlation", 2, "a correlation matrix has 1 on its diagonal, not " + entry(i, i, matrix_(i, i)));
    for (Eigen::Index j = 0; j < n; ++j) {
      const double value = matrix_(i, j);
      if (!std::isfinite(value) || value < -1 || value > 1)
        throw invalid_input("correlation", 3, "a correlation must lie in [-1, 1], not " + entry(i, j, value));
      if (std::abs(value - matrix_(j, i)) > 1e-12)
        throw invalid_input("correlation", 1, "a correlation matrix must be symmetric: " + entry(i, j, value) + " but " +
                                                  entry(j, i, matrix_(j, i)));
    }
  }
  if (n == 0) return;
  Eigen::LLT<Eigen::MatrixXd> llt(matrix_);
  if (llt.info() == Eigen::Success) {
    factor_ = llt.matrixL();
    return;
  }
  const double smallest = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(matrix_, Eigen::EigenvaluesOnly).eigenvalues()(0);
  if (smallest < -psd_tolerance) {
    char text[160];
    std::snprintf(text, sizeof text,
                  "the correlation matrix is not positive semi-definite: its smallest eigenvalue is %.6g; no set of "
                  "inputs can be correlated like this",
                  smallest);
    throw invalid_input("correlation", 4, text);
  }
  // Lift the spectrum just above zero; at most 2e-10, so no correlation moves by more.
  const double jitter = psd_tolerance + std::max(0.0, -smallest);
  const Eigen::MatrixXd nudged = (matrix_ + jitter * Eigen::MatrixXd::Identity(n, n)) / (1 + jitter);
  const Eigen::LLT<Eigen::MatrixXd> again(nudged);
  factor_ = again.matrixL();
}

}  // namespace commissioning
