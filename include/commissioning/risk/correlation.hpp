// SPDX-License-Identifier: MIT
/// \file risk/correlation.hpp
/// \brief A correlation matrix between uncertain inputs, checked and factorised once, that
/// turns independent standard normals into correlated ones (a Gaussian copula).
///
/// **Example**: staff and agency costs that rise together
///
///     Eigen::MatrixXd c(2, 2);
///     c << 1, 0.6,
///          0.6, 1;
///     const correlation corr(c);
///     corr.correlate(z);   // z: independent N(0, 1) in, correlated N(0, 1) out
///
/// The matrix is the correlation of the underlying normals; after each input's quantile
/// function the rank (Spearman) correlation is 6/π·asin(ρ/2), within 0.02 of ρ. A matrix that
/// is not symmetric, has a diagonal other than 1, an entry outside [−1, 1], or is not
/// positive semi-definite cannot be a correlation matrix and is refused, naming the problem.
/// Cholesky (Eigen's LLT) needs a positive definite matrix; a singular but positive
/// semi-definite one (perfectly correlated inputs, smallest eigenvalue within 1e-10 of 0) is
/// factorised with a jitter: (C + εI) / (1 + ε), ε = 1e-10 plus the deficit of the smallest
/// eigenvalue (so at most 2e-10), which keeps the diagonal at 1 and moves no correlation by more.
#pragma once

#include <Eigen/Core>

namespace commissioning {

/// A checked correlation matrix and its Cholesky factor.
class correlation {
 public:
  /// How far below zero the smallest eigenvalue may be and still count as semi-definite.
  static constexpr double psd_tolerance = 1e-10;

  /// The identity: `size` independent inputs.
  explicit correlation(Eigen::Index size = 0)
      : matrix_(Eigen::MatrixXd::Identity(size, size)), factor_(Eigen::MatrixXd::Identity(size, size)) {}
  /// `matrix` checked (commissioning.correlation.001–004) and factorised.
  explicit correlation(Eigen::MatrixXd matrix);

  [[nodiscard]] Eigen::Index size() const noexcept { return matrix_.rows(); }
  [[nodiscard]] const Eigen::MatrixXd& matrix() const noexcept { return matrix_; }
  /// The lower-triangular L with L·Lᵀ = the matrix (with the jitter, if one was needed).
  [[nodiscard]] const Eigen::MatrixXd& factor() const noexcept { return factor_; }
  /// True when input `i` is correlated with another (a non-zero off-diagonal entry).
  [[nodiscard]] bool correlated(Eigen::Index i) const {
    for (Eigen::Index j = 0; j < size(); ++j)
      if (j != i && matrix_(i, j) != 0) return true;
    return false;
  }
  /// True when no two inputs are correlated.
  [[nodiscard]] bool independent() const { return matrix_.isIdentity(0); }

 private:
  Eigen::MatrixXd matrix_;
  Eigen::MatrixXd factor_;
};

}  // namespace commissioning
