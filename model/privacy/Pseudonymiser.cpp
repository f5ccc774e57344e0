#include "Pseudonymiser.h"

#include "Normalise.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace jl::privacy {

Pseudonymiser::Pseudonymiser(const QByteArray &key)
    : m_key(key.size() == KeySize ? key : QByteArray())
{
}

QString Pseudonymiser::token(QStringView field, QStringView normalisedValue) const
{
    // A field name holding the separator would make ("a", "b\nc") and ("a\nb", "c") collide.
    if (!isValid() || field.contains(u'\n'))
        return {};
    const QByteArray message = field.toUtf8() + '\n' + normalisedValue.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> Pseudonymiser::pseudonymise(QStringView field, QStringView value,
                                                   QStringView defaultRegion) const
{
    if (!isValid())
        return std::nullopt;
    const std::optional<QString> normalised = normaliseIdentifierField(field, value, defaultRegion);
    if (!normalised)
        return std::nullopt;
    return token(field, *normalised);
}

} // namespace jl::privacy
