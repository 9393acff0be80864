#pragma once

// The application's theme. Light is the platform's own style and palette; dark is Fusion with a
// dark palette, so that every widget turns dark, not only the chart. Status text and banners
// take their colours from tone styles here, which read the palette in use: red on a dark grey
// background needs a lighter red than on white.

#include <QString>

namespace rutile::ui {

enum class Theme { Light, Dark };

/// The saved theme ("ui/theme"; before it existed, the chart's "chart/theme").
Theme savedTheme();
void saveTheme(Theme theme);

/// Applies `theme` to the whole application: style, palette. The chart's own colours are the
/// main window's business (ChartTheme).
void applyTheme(Theme theme);

/// The theme applied last (Light until applyTheme(Dark)).
Theme currentTheme();

/// Whether the application's palette is dark (its window colour): the dark theme, or a desktop
/// whose own palette is dark. Tones follow this, not the theme.
bool isDarkPalette();

enum class Tone { Neutral, Good, Bad, Warning };

/// A style sheet colouring a label's text in `tone` ("color: #...;"), readable on the palette in
/// use; Neutral is the palette's own text colour (an empty style).
QString textStyle(Tone tone);

/// A QLabel style sheet for a banner in `tone`: border, background and text colours that go
/// together on the palette in use.
QString bannerStyle(Tone tone);

} // namespace rutile::ui
