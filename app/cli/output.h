// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <optional>

namespace Voronka::Cli {

// Where a command's output goes, written so that a failure is reported and nothing half-done
// is left: standard output (a full or closed one is an error, not a silent exit 0); a regular
// file written whole or not at all (a save file renamed into place, new files private to the
// user); or a FIFO, terminal or device written in place, never replaced by a regular file.
class Output
{
public:
    explicit Output(const QString &path); // empty: standard output
    // Opens the target; the error names it.
    std::optional<QString> open();
    QIODevice &device();
    // Flushes and, for a regular file, renames it into place; the error names the target.
    std::optional<QString> finish();
    void cancel(); // a regular file is left as it was
    bool toFile() const { return !m_path.isEmpty(); }

private:
    QString failure(const QFileDevice &d) const;

    QString m_path;
    bool m_inPlace = false; // standard output, a FIFO or a device
    QSaveFile m_save;
    QFile m_plain;
};

// Flushes standard output; the error when what was written did not all arrive (a full disk, a
// closed pipe), so that a command does not exit 0 having lost its output.
std::optional<QString> flushStandardOutput();

} // namespace Voronka::Cli
