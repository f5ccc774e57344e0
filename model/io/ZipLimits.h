#pragma once

// Limits for reading ZIP archives that come from outside (XLSX exports, .jlpack packages).
// Every limit is checked against the central directory when the archive is opened and again
// while an entry is inflated, so an archive that lies about its sizes gains nothing.

#include <QtGlobal>

namespace jl::io {

struct ZipLimits
{
    // More entries than this and the archive is rejected before anything is read.
    int maxEntries = 10000;
    // Uncompressed size of any single entry; callers pass smaller limits per entry.
    qint64 maxEntrySize = qint64(2) << 30;
    // Uncompressed / compressed; 100:1 is far above real documents and far below ZIP bombs.
    double maxCompressionRatio = 100.0;
    // Entries up to this size skip the ratio check: tiny repetitive parts compress extremely well.
    qint64 ratioAllowance = qint64(1) << 20;
    // Longest entry name accepted (bytes as decoded characters).
    int maxNameLength = 1024;
};

} // namespace jl::io
