#pragma once

// Replaces a normalised identifier by a keyed, one-way token: HMAC-SHA-256 under the
// workspace's secret key (see KeyStore) over "<field>\n<normalised value>", written as
// unpadded base64url (43 characters). The same value in the same field gives the same token
// under the same key, so silos still link; including the field keeps an order number from
// colliding with an equal customer number. The token is derived from the value but never
// contains it: without the key it cannot be reversed or recomputed from a guessed value.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace jl::privacy {

class Pseudonymiser
{
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype TokenLength = 43;

    // `key` must be KeySize bytes; otherwise isValid() is false and tokens are empty.
    explicit Pseudonymiser(const QByteArray &key);

    bool isValid() const { return m_key.size() == KeySize; }

    // Token of an already normalised value (see Normalise.h). Empty when the key is invalid or
    // the field name contains a newline (the separator of field and value).
    QString token(QStringView field, QStringView normalisedValue) const;

    // Normalises `value` for the canonical identifier `field`, then returns its token. Empty
    // optional when the value is empty or invalid for the field (the caller reports it; the
    // plain value must then not be stored either).
    std::optional<QString> pseudonymise(QStringView field, QStringView value, QStringView defaultRegion = {}) const;

private:
    QByteArray m_key;
};

} // namespace jl::privacy
