#pragma once

// The built-in strategies, described once: the GUI's strategy form, the CLI
// (`--strategy sma_cross --param fast=10`) and the optimiser (`--grid fast=5:50:5`) all read
// these descriptors. Adding a strategy means writing its class and one entry in
// StrategyRegistry.cpp.

#include "strategy/Strategy.h"

#include <QStringList>
#include <QStringView>

#include <span>
#include <vector>

namespace rutile::strategy {

class StrategyRegistry {
public:
    static const StrategyRegistry &builtIn();

    std::span<const StrategyDescriptor> all() const { return m_descriptors; }
    /// The strategy called `name` (case-insensitive), or nullptr.
    const StrategyDescriptor *find(QStringView name) const;
    QStringList names() const;

private:
    StrategyRegistry();
    std::vector<StrategyDescriptor> m_descriptors;
};

/// The strategy called `name`, or an InvalidArgument error listing the known names.
Result<const StrategyDescriptor *> findStrategy(QStringView name,
                                                const StrategyRegistry &registry = StrategyRegistry::builtIn());

} // namespace rutile::strategy
