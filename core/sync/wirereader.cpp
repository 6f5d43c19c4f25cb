// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "wirereader.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace Voronka::Core::Sync::Wire {

namespace {

// The deepest nesting of arrays and objects, read over the raw bytes (strings skipped) before
// the parser sees them, so a deep body costs a scan and no recursion.
int depthOf(const QByteArray &body, int limit)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

std::optional<ProtocolError> readDocument(const QByteArray &body, const Limits &limits,
                                          QJsonObject &out)
{
    if (body.size() > limits.maxBodyBytes)
        return ProtocolError{413,
                             QStringLiteral("too_large"),
                             Tr::tr("The body may have at most %1 bytes.").arg(limits.maxBodyBytes),
                             {}};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(body);
    if (utf8.hasError())
        return ProtocolError{400, QStringLiteral("bad_utf8"), Tr::tr("The body is not UTF-8."), {}};
    if (depthOf(body, limits.maxDepth) > limits.maxDepth)
        return ProtocolError{400,
                             QStringLiteral("too_deep"),
                             Tr::tr("JSON may nest at most %1 levels.").arg(limits.maxDepth),
                             {}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return ProtocolError{
            400,
            QStringLiteral("bad_json"),
            Tr::tr("The body is not JSON: %1 at byte %2.").arg(err.errorString()).arg(err.offset),
            {}};
    if (!doc.isObject())
        return ProtocolError{
            400, QStringLiteral("wrong_type"), Tr::tr("The body must be a JSON object."), {}};
    out = doc.object();
    return std::nullopt;
}

} // namespace Voronka::Core::Sync::Wire
