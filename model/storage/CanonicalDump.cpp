#include "CanonicalDump.h"

#include "Schema.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace jl {

QString canonicalDump(QSqlDatabase db)
{
    QString out;
    for (const QString &table : schema::allTables()) {
        out += QStringLiteral("[") + table + QStringLiteral("]\n");
        const QString order = table == QLatin1String("meta") ? QStringLiteral("key") : QStringLiteral("id");
        QSqlQuery query = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = query.value(i);
                QString rendered;
                if (value.isNull())
                    rendered = QStringLiteral("NULL");
                else if (value.metaType().id() == QMetaType::QByteArray)
                    rendered = QStringLiteral("x'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
                else
                    rendered = QLatin1Char('"') + value.toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
                fields << record.fieldName(i) + QLatin1Char('=') + rendered;
            }
            out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace jl
