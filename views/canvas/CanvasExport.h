#pragma once

// Export of one journey's canvas to an image file: PNG (a raster at a scale factor) or SVG.
// The journey is drawn by a JourneyScene of its own, so the editor's selection, hover and
// tool decorations never appear in the file. A file is written to a temporary file beside
// the target and renamed over it only when complete: a failed export leaves nothing behind
// and an existing file untouched.

#include "domain/Ids.h"

#include <QString>

namespace jl {

class Workspace;

namespace canvasexport {

enum class Format { Png, Svg };

struct Options
{
    double scale = 2.0; // PNG only: device pixels per scene unit (2: crisp on paper and HiDPI)
};

// The format a file name asks for (by its suffix, case-insensitive); false when it is neither
// .png nor .svg.
bool formatForPath(const QString &path, Format *format);

// Renders journey of workspace to path. Returns an empty string on success, else what went
// wrong (for the user).
QString exportJourney(Workspace &workspace, JourneyId journey, const QString &path, Format format,
                      const Options &options = {});

} // namespace canvasexport
} // namespace jl
