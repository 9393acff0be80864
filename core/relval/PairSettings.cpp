#include "relval/PairSettings.h"

#include <QCoreApplication>

namespace rutile::relval {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::relval::PairSettings)
};

std::vector<ParamSpec> makeSpecs()
{
    return {
        ParamSpec::integer(QStringLiteral("z_window"), Text::tr("z-score window"), 60, 5, 2000, 5,
                           Text::tr("Days of pairs_spread's rolling hedge ratio and z-score (its lookback)"))
            .onCli(QStringLiteral("z-window")),
        ParamSpec::real(QStringLiteral("entry_z"), Text::tr("Entry z"), 2.0, 0.1, 10, 0.1,
                        Text::tr("pairs_spread enters beyond ±entry z"))
            .onCli(QStringLiteral("entry-z")),
        ParamSpec::real(QStringLiteral("exit_z"), Text::tr("Exit z"), 0.5, 0, 10, 0.1,
                        Text::tr("pairs_spread exits inside ±exit z"))
            .onCli(QStringLiteral("exit-z")),
        ParamSpec::integer(QStringLiteral("test_window"), Text::tr("Rolling test window"), 252, 60, 5000, 21,
                           Text::tr("Days of each rolling Engle–Granger test"))
            .onCli(QStringLiteral("test-window")),
        ParamSpec::integer(QStringLiteral("test_step"), Text::tr("Rolling test step"), 21, 1, 500, 1,
                           Text::tr("Days between the ends of two rolling tests"))
            .onCli(QStringLiteral("test-step")),
        ParamSpec::real(QStringLiteral("kalman_delta"), Text::tr("Kalman δ"), 1e-4, 1e-9, 0.5, 1e-4,
                        Text::tr("State noise of the Kalman hedge ratio: V_w = δ/(1 − δ); larger follows faster"))
            .onCli(QStringLiteral("kalman-delta")),
        ParamSpec::real(QStringLiteral("kalman_noise"), Text::tr("Kalman observation noise"), 1e-3, 1e-9, 1, 1e-4,
                        Text::tr("Variance V_e of the observation noise of the Kalman filter"))
            .onCli(QStringLiteral("kalman-noise")),
    };
}

} // namespace

const std::vector<ParamSpec> &pairParamSpecs()
{
    static const std::vector<ParamSpec> specs = makeSpecs();
    return specs;
}

Result<PairSettings> pairSettingsFromParams(const ParamValues &values)
{
    const auto v = resolve(pairParamSpecs(), values);
    if (!v)
        return v.error();
    PairSettings s;
    s.zWindow = v->intValue(u"z_window");
    s.entryZ = v->value(u"entry_z");
    s.exitZ = v->value(u"exit_z");
    s.testWindow = v->intValue(u"test_window");
    s.testStep = v->intValue(u"test_step");
    s.kalman.delta = v->value(u"kalman_delta");
    s.kalman.observationNoise = v->value(u"kalman_noise");
    if (s.exitZ >= s.entryZ)
        return Error::invalidArgument(Text::tr("exit_z (%1) must be less than entry_z (%2)").arg(s.exitZ).arg(s.entryZ));
    return s;
}

ParamValues pairParamsFromSettings(const PairSettings &s)
{
    return {{QStringLiteral("z_window"), s.zWindow},         {QStringLiteral("entry_z"), s.entryZ},
            {QStringLiteral("exit_z"), s.exitZ},             {QStringLiteral("test_window"), s.testWindow},
            {QStringLiteral("test_step"), s.testStep},       {QStringLiteral("kalman_delta"), s.kalman.delta},
            {QStringLiteral("kalman_noise"), s.kalman.observationNoise}};
}

} // namespace rutile::relval
