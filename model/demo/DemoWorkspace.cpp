#include "DemoWorkspace.h"

#include "document/Workspace.h"

#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QFile>
#include <QUndoStack>

#include <algorithm>
#include <span>

// The demo is data, not UI: every string below is model content of a fictional retailer
// (English, like a consultancy's model would be), so none of it goes through tr().

namespace jl::demo {

namespace {

QString u(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QStringList words(const char *text)
{
    return u(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// --- persona avatars -------------------------------------------------------------------------

// A tiny stroke font for the initials: polylines on a 4 x 6 grid (digit pairs "xy", y down,
// "|" starts a new line). It needs no font database, so the avatar renders the same under a
// plain QCoreApplication (the headless `journeylens demo`) and on every machine.
struct Glyph
{
    char letter;
    const char *strokes;
};

constexpr Glyph glyphs[] = {
    {'A', "0602204246|0444"},          {'B', "06003041423303|3344453606"}, {'C', "4130100105163645"},
    {'D', "00304145360600"},           {'E', "40000646|0333"},             {'F', "400006|0333"},
    {'G', "41301001051636454323"},     {'H', "0006|4046|0343"},            {'I', "1030|2026|1636"},
    {'J', "4045361605"},               {'K', "0006|4004|1346"},            {'L', "000646"},
    {'M', "0600234046"},               {'N', "06004640"},                  {'O', "103041453616050110"},
    {'P', "06003041423303"},           {'Q', "103041453616050110|2446"},   {'R', "06003041423303|2346"},
    {'S', "413010010213334445361605"}, {'T', "0040|2026"},                 {'U', "000516364540"},
    {'V', "002640"},                   {'W', "0016233640"},                {'X', "0046|4006"},
    {'Y', "002340|2326"},              {'Z', "00400646"},
};

QByteArray avatarPng(const QString &initials, QColor background)
{
    constexpr int size = 128;
    constexpr double unit = size / 20.0;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(background.darker(130), 3));
    painter.setBrush(background);
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4));

    const auto letters = initials.size();
    const double width = letters * 4 * unit + (letters - 1) * 2 * unit;
    const QPointF origin((size - width) / 2, (size - 6 * unit) / 2);
    painter.setPen(QPen(Qt::white, unit * 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < letters; ++i) {
        const char letter = initials.at(i).toUpper().toLatin1();
        const auto glyph = std::find_if(std::begin(glyphs), std::end(glyphs),
                                        [letter](const Glyph &g) { return g.letter == letter; });
        if (glyph == std::end(glyphs))
            continue;
        const QPointF at = origin + QPointF(double(i) * 6 * unit, 0);
        QPainterPath path;
        bool newLine = true;
        for (const char *c = glyph->strokes; *c;) {
            if (*c == '|') {
                newLine = true;
                ++c;
                continue;
            }
            const QPointF point = at + QPointF((c[0] - '0') * unit, (c[1] - '0') * unit);
            if (newLine)
                path.moveTo(point);
            else
                path.lineTo(point);
            newLine = false;
            c += 2;
        }
        painter.drawPath(path);
    }
    painter.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// --- reference lists -------------------------------------------------------------------------

struct ChannelSpec
{
    const char *icon; // also the key steps and personas use
    const char *name;
    const char *description;
};

constexpr ChannelSpec channelSpecs[] = {
    {"web", "Web shop", "Responsive web shop with customer account, wish list and click & collect."},
    {"app", "Mobile app", "iOS and Android app: shopping, digital loyalty card, order tracking, push messages."},
    {"store", "Store / POS with loyalty card",
     "120 stores; the tills scan the loyalty card (plastic or in the app) to award points and link receipts."},
    {"newsletter", "Newsletter", "Weekly newsletter and automated campaigns from the ESP, sent to subscribers with consent."},
    {"email", "E-mail", "Transactional e-mail: order confirmation, shipping notice, return label, refund, surveys."},
    {"phone", "Support hotline", "Customer service hotline, Mon–Sat 8:00–20:00, with IVR routing."},
    {"chatbot", "Chatbot", "Chat assistant in the web shop and the app; hands over to an agent during opening hours."},
    {"marketplace", "Marketplace", "Shop on a third-party marketplace; orders are fulfilled from our own warehouse."},
    {"social", "Social media", "Instagram, Facebook and TikTok: paid ads, organic posts and direct messages."},
    {"voice", "Voice assistant", "Smart-speaker skill: order status, loyalty points, store opening hours."},
};

struct DepartmentSpec
{
    const char *key;
    const char *name;
};

constexpr DepartmentSpec departmentSpecs[] = {
    {"marketing", "Marketing"}, {"sales", "Sales"},     {"ecom", "E-commerce"}, {"logistics", "Logistics"},
    {"service", "Customer service"}, {"loyalty", "Loyalty"}, {"it", "IT"},
};

struct SourceSystemSpec
{
    const char *key;
    const char *name;
    const char *kind;
    const char *description;
};

constexpr SourceSystemSpec sourceSystemSpecs[] = {
    {"crm", "CRM", "CRM", "Customer master data, consents and service history. Meant to be the golden record; is not."},
    {"esp", "ESP / newsletter", "ESP", "E-mail service provider: subscribers, campaigns, opens and clicks. Knows e-mail addresses only."},
    {"analytics", "Web analytics", "Web analytics", "Sessions, page views and funnels of web shop and app, keyed by cookie id."},
    {"shop", "Web shop", "Web shop", "Shop platform: customer accounts, baskets, online orders and online returns."},
    {"pos", "POS / loyalty", "POS", "Store tills and loyalty programme: receipts with loyalty card number, points balances."},
    {"ticketing", "Ticketing", "Ticketing", "Service desk: tickets from hotline, e-mail and chatbot hand-overs, with CSAT scores."},
    {"erp", "ERP", "ERP", "Orders, stock, shipments, returns and refunds; the system of record for revenue."},
};

struct OwnerSpec
{
    const char *key;
    const char *name;
    const char *role;
    const char *department;
};

constexpr OwnerSpec ownerSpecs[] = {
    {"claire", "Claire Dubois", "Head of Customer Experience", "marketing"},
    {"marcus", "Marcus Feld", "CRM & newsletter manager", "marketing"},
    {"priya", "Priya Raman", "Product owner web shop & app", "ecom"},
    {"elena", "Elena Rossi", "Head of store operations", "sales"},
    {"tobias", "Tobias Brandt", "Head of fulfilment & returns", "logistics"},
    {"nadia", "Nadia Okafor", "Customer service team lead", "service"},
    {"jonas", "Jonas Meyer", "Loyalty programme manager", "loyalty"},
    {"david", "David Chen", "Data & integration architect", "it"},
};

// --- personas --------------------------------------------------------------------------------

struct PersonaSpec
{
    const char *key;
    const char *name;
    QRgb colour;
    const char *quote;
    std::initializer_list<const char *> goals;
    std::initializer_list<const char *> pains;
    std::initializer_list<const char *> needs;
    const char *channels;
    const char *ageBand;
    const char *household;
    const char *location;
    bool loyaltyMember;
    const char *segmentRule;
};

// --- journeys --------------------------------------------------------------------------------

struct StageSpec
{
    const char *name;
    const char *description;
};

struct StepSpec
{
    const char *key; // unique across the demo, so that journeys and triggers can refer to it
    int stage;       // index into the journey's stages
    StepKind kind;
    const char *name;
    const char *channel;
    const char *department;
    const char *owner;
    const char *sourceSystem;
    int emotion;
    const char *description;
    const char *pains;
    const char *ideas;
};

struct KpiSpec
{
    const char *step;
    KpiMeasure measure;
    double target;
    const char *unit;
};

struct TriggerSpec
{
    const char *from;
    const char *to;
    TriggerKind kind;
    const char *label;
    const char *condition;
    const char *engagementAction;
    qint64 delaySeconds;
};

struct JourneySpec
{
    const char *name;
    JourneyLevel level;
    JourneyStatus status;
    const char *owner;
    const char *personas;    // persona keys, space-separated
    const char *detailsStep; // step key of the higher-level journey, or nullptr
    const char *description;
    std::span<const StageSpec> stages;
    std::span<const StepSpec> steps;
    std::span<const KpiSpec> kpis;
    std::span<const TriggerSpec> triggers;
};

constexpr qint64 Min = 60;
constexpr qint64 Hour = 60 * Min;
constexpr qint64 Day = 24 * Hour;

using SK = StepKind;
using TK = TriggerKind;
using KM = KpiMeasure;

// Customer lifecycle ---------------------------------------------------------------------------

constexpr StageSpec lifecycleStages[] = {
    {"Awareness", "The customer notices the brand: ads, social posts, word of mouth, the shop window."},
    {"Consideration", "Compares products, prices, availability and delivery options across channels."},
    {"Purchase", "Buys in the web shop, in the app, on the marketplace or in a store."},
    {"Delivery", "The order is picked, shipped, or prepared for collection in a store."},
    {"Service", "Questions, complaints, returns and refunds."},
    {"Loyalty", "Loyalty programme, personalised offers, repeat purchases and recommendations."},
};

constexpr StepSpec lifecycleSteps[] = {
    {"lc.ad", 0, SK::Touchpoint, "Sees a social media ad", "social", "marketing", "marcus", "analytics", 0,
     "Paid social campaign for the season's range, targeted at look-alike audiences of existing customers.",
     "Ads keep showing products the customer already bought in store: receipts never reach the ad audiences.",
     "Exclude recent buyers using loyalty receipts; cap the frequency."},
    {"lc.signup", 0, SK::CustomerAction, "Signs up for the newsletter", "web", "marketing", "marcus", "esp", 1,
     "Enters an e-mail address in the footer form (or at the till) for a 10 % welcome voucher; double opt-in.",
     "Store sign-ups are typed in by staff and often misspelt; the opt-in mail lands in spam for some providers.",
     "Sign-up in the app with the loyalty card; validate e-mail addresses as they are entered."},
    {"lc.welcome", 0, SK::Touchpoint, "Receives the welcome newsletter", "newsletter", "marketing", "marcus", "esp", 1,
     "Welcome series of three mails: voucher, brand story, loyalty programme.",
     "Long-standing store customers get the same 'welcome' as first-time visitors.",
     "Branch the series on whether the e-mail matches a known loyalty member."},
    {"lc.browse", 1, SK::Touchpoint, "Browses the web shop or app", "web", "ecom", "priya", "analytics", 0,
     "Searches and filters the range, reads reviews, saves items to the wish list.",
     "Search fails on everyday words ('sofa' vs 'couch'); the wish list is not shared between app and web.",
     "Feed search synonyms from the glossary; one wish list in the customer account."},
    {"lc.chat", 1, SK::Touchpoint, "Asks the chatbot about stock", "chatbot", "service", "nadia", "ticketing", -1,
     "Asks whether an item is in stock at the nearest store and how fast delivery would be.",
     "The chatbot cannot see store stock and answers with a generic link.",
     "Connect the chatbot to store stock from the ERP."},
    {"lc.compare", 1, SK::CustomerAction, "Compares prices on the marketplace", "marketplace", "sales", "elena", "erp", 0,
     "Checks whether the same item is cheaper on the marketplace or at a competitor.",
     "Our own marketplace listing is sometimes cheaper than the web shop.",
     "Price parity rule across web shop, app and marketplace."},
    {"lc.decide", 1, SK::Decision, "Buy online or in store?", nullptr, "sales", "claire", nullptr, 0,
     "The customer picks delivery, click & collect or a visit to a store.", nullptr, nullptr},
    {"lc.buyonline", 2, SK::Touchpoint, "Purchases online", "web", "ecom", "priya", "shop", 1,
     "Places an order in the web shop or the app (detailed in the journey 'Purchase online').",
     "68 % of mobile checkouts are abandoned.", "See the task journey 'Checkout'."},
    {"lc.buystore", 2, SK::Touchpoint, "Buys in store with the loyalty card", "store", "sales", "elena", "pos", 1,
     "Pays at the till and has the loyalty card scanned (plastic or in the app) to collect points.",
     "About 40 % of receipts carry no card: those purchases stay anonymous to CRM and newsletter.",
     "Look the card up by phone number at the till; digital receipt in the app."},
    {"lc.fulfil", 3, SK::Backstage, "Picks, packs and ships the order", nullptr, "logistics", "tobias", "erp", 0,
     "The warehouse picks and packs; the carrier label is created; click & collect orders go to the store.",
     "Split shipments when items come from two warehouses; no proactive message when an order is late.",
     "Proactive delay notice driven by carrier events."},
    {"lc.receive", 3, SK::Touchpoint, "Receives the parcel or collects the order", "app", "logistics", "tobias", "erp", 1,
     "Tracks the shipment in the app, then receives the parcel or picks the order up at the store counter.",
     "The 'ready for collection' message arrives before the order is actually in the store.",
     "Send the collection message from the store's goods-in scan, not from the warehouse."},
    {"lc.contact", 4, SK::Touchpoint, "Contacts customer service", "phone", "service", "nadia", "ticketing", -1,
     "Calls the hotline or writes to the chatbot with a question or a complaint (detailed in 'Support case').",
     "Agents see web orders but not store purchases; the customer has to repeat everything.",
     "One customer view for agents across CRM, web shop and POS."},
    {"lc.return", 4, SK::CustomerAction, "Returns an item", "store", "logistics", "tobias", "erp", -1,
     "Sends an online purchase back by parcel or brings it to any store (detailed in 'Return and refund').",
     "Online orders returned in a store are refunded up to 14 days later.",
     "Instant refund at the till for online orders."},
    {"lc.join", 5, SK::CustomerAction, "Joins the loyalty programme", "app", "loyalty", "jonas", "pos", 1,
     "Registers for the loyalty card at the till or in the app (detailed in 'Join the loyalty programme').",
     "Paper forms at the till: one in five has an unreadable e-mail address.",
     "App-first enrolment with a QR code on the till display."},
    {"lc.offer", 5, SK::Touchpoint, "Receives a personalised offer", "newsletter", "loyalty", "marcus", "esp", 1,
     "Monthly member newsletter with offers based on purchase history and points balance.",
     "Offers use online purchases only: store receipts with the card never reach the ESP.",
     "Feed loyalty receipts into the ESP segments through the CRM."},
    {"lc.repeat", 5, SK::Outcome, "Buys again", "store", "sales", "elena", "pos", 2,
     "Repeat purchase within 90 days, in any channel.", nullptr, nullptr},
    {"lc.recommend", 5, SK::Outcome, "Recommends the retailer", "social", "marketing", "claire", "crm", 2,
     "Posts a review or recommends the retailer to friends; measured with the Net Promoter Score survey.", nullptr,
     "Ask for a review right after a positive service case."},
};

constexpr KpiSpec lifecycleKpis[] = {
    {"lc.signup", KM::Conversion, 4.0, "% of web visitors"},
    {"lc.welcome", KM::Conversion, 3.5, "% click-through"},
    {"lc.browse", KM::Conversion, 2.8, "% of sessions with an order"},
    {"lc.buyonline", KM::Revenue, 68.0, "EUR average order value"},
    {"lc.buystore", KM::Conversion, 60.0, "% of receipts with loyalty card"},
    {"lc.fulfil", KM::TimeToNextStep, 48.0, "h"},
    {"lc.contact", KM::Satisfaction, 4.2, "CSAT 1-5"},
    {"lc.contact", KM::RepeatContact, 15.0, "% within 7 days"},
    {"lc.repeat", KM::Conversion, 35.0, "% within 90 days"},
    {"lc.repeat", KM::Revenue, 420.0, "EUR per customer and year"},
    {"lc.recommend", KM::Satisfaction, 40.0, "NPS"},
};

constexpr TriggerSpec lifecycleTriggers[] = {
    {"lc.ad", "lc.browse", TK::CustomerAction, "Clicks the ad", nullptr, "Campaign landing page", 0},
    {"lc.browse", "lc.signup", TK::CustomerAction, "Accepts the newsletter pop-up", "Not subscribed yet",
     "10 % welcome voucher", 5 * Min},
    {"lc.signup", "lc.welcome", TK::SystemEvent, "Double opt-in confirmed", "Consent to newsletter given",
     "Welcome series, mail 1 of 3", 10 * Min},
    {"lc.welcome", "lc.decide", TK::Message, "Welcome voucher", "Voucher not yet redeemed",
     "Voucher reminder after 3 days", 3 * Day},
    {"lc.browse", "lc.chat", TK::CustomerAction, "Opens the chat", nullptr, nullptr, 2 * Min},
    {"lc.chat", "lc.decide", TK::AgentAction, "Agent answers the stock question", "Opening hours, chatbot hand-over",
     "Reserve the item in the store for 24 h", 15 * Min},
    {"lc.browse", "lc.compare", TK::CustomerAction, "Leaves to compare prices", nullptr, nullptr, 1 * Hour},
    {"lc.compare", "lc.decide", TK::CustomerAction, "Comes back", "Price equal or better", nullptr, 1 * Day},
    {"lc.decide", "lc.buyonline", TK::CustomerAction, "Orders online", "Prefers delivery or click & collect",
     nullptr, 0},
    {"lc.decide", "lc.buystore", TK::CustomerAction, "Visits a store", "Wants to see and try the product",
     "Store finder with opening hours", 2 * Day},
    {"lc.buyonline", "lc.fulfil", TK::SystemEvent, "Order released to the ERP", "Payment authorised", nullptr, 15 * Min},
    {"lc.fulfil", "lc.receive", TK::Message, "Shipping notice", nullptr, "Tracking link by e-mail and app push", 1 * Day},
    {"lc.receive", "lc.contact", TK::CustomerAction, "Has a problem with the order", "Damaged, missing or late", nullptr,
     1 * Day},
    {"lc.receive", "lc.return", TK::CustomerAction, "Sends an item back", "Within the 30-day return window", nullptr,
     3 * Day},
    {"lc.return", "lc.contact", TK::Time, "No refund after 7 days", "Refund not issued", nullptr, 7 * Day},
    {"lc.buystore", "lc.join", TK::AgentAction, "Cashier offers the loyalty card", "No card scanned",
     "Double points on today's purchase", 0},
    {"lc.join", "lc.offer", TK::Message, "Monthly member newsletter", "Consent to personalised offers",
     "Member prices and points balance", 7 * Day},
    {"lc.receive", "lc.offer", TK::Time, "30 days after delivery", "Newsletter subscriber", "Cross-sell newsletter",
     30 * Day},
    {"lc.offer", "lc.repeat", TK::CustomerAction, "Redeems the offer", "Offer valid for 14 days", nullptr, 5 * Day},
    {"lc.contact", "lc.recommend", TK::Message, "Satisfaction survey", "Case solved", "NPS survey e-mail", 1 * Day},
    {"lc.repeat", "lc.recommend", TK::Time, "NPS survey after the second purchase", nullptr, "NPS survey e-mail",
     2 * Day},
};

// Purchase online ------------------------------------------------------------------------------

constexpr StageSpec purchaseStages[] = {
    {"Browse", "Product page, stock and delivery promise."},
    {"Basket", "Collecting items, vouchers and reminders."},
    {"Checkout", "From 'go to checkout' to an authorised payment."},
    {"Confirmation", "The order is confirmed and handed to fulfilment."},
};

constexpr StepSpec purchaseSteps[] = {
    {"po.product", 0, SK::Touchpoint, "Lands on a product page", "web", "ecom", "priya", "analytics", 0,
     "Arrives from search, an ad or a newsletter link; sees price, reviews and the delivery promise.",
     "The delivery promise on the product page differs from the one at checkout.",
     "One delivery-promise service for all pages."},
    {"po.stock", 0, SK::CustomerAction, "Checks stock in nearby stores", "web", "ecom", "priya", "shop", 0,
     "Uses the store finder to see whether the item can be collected today.",
     "Store stock is only updated overnight.", "Near-real-time stock from POS sales."},
    {"po.market", 0, SK::Touchpoint, "Orders the item on the marketplace", "marketplace", "sales", "elena", "erp", 0,
     "Some customers buy the same range through the marketplace.",
     "Marketplace buyers are invisible to CRM and the loyalty programme.",
     "Parcel insert inviting marketplace buyers to the loyalty programme."},
    {"po.basket", 1, SK::CustomerAction, "Adds to the basket", "web", "ecom", "priya", "shop", 1,
     "Adds items and applies the welcome voucher.", "Voucher codes handed out in stores are rejected online.",
     "One voucher engine for all channels."},
    {"po.reminder", 1, SK::Touchpoint, "Receives an abandoned-basket reminder", "email", "marketing", "marcus", "esp", 0,
     "Reminder e-mail four hours after a basket was left, showing its contents.",
     "Sent even when the customer has bought the item in a store in the meantime.",
     "Suppress the reminder when a matching store receipt exists."},
    {"po.checkout", 2, SK::Touchpoint, "Check out", "web", "ecom", "priya", "shop", -1,
     "Sign-in, address, delivery, payment and review (detailed in the task 'Checkout').",
     "Long form on mobile; account creation used to be mandatory.", "Guest checkout and address autocomplete."},
    {"po.fraud", 2, SK::Backstage, "Fraud and payment check", nullptr, "it", "david", "shop", 0,
     "The payment provider authorises the payment; risk rules score the order.",
     "False positives block loyal customers who ship to a new address.", "Trust known loyalty members."},
    {"po.paid", 2, SK::Decision, "Payment authorised?", nullptr, "it", "david", "shop", 0,
     "Authorised orders are confirmed; declined ones end the attempt.", nullptr, nullptr},
    {"po.declined", 2, SK::Outcome, "Payment declined, order abandoned", "web", "ecom", "priya", "shop", -2,
     "The error page asks for another payment method.", "The message does not say why; 30 % leave for good.",
     "Offer PayPal or invoice directly on the error page."},
    {"po.confirm", 3, SK::Touchpoint, "Receives the order confirmation", "email", "ecom", "priya", "esp", 1,
     "Confirmation e-mail with order number, delivery date and the loyalty points earned.",
     "Points are only shown when the card number was entered at checkout.",
     "Find the card by e-mail address when the number is missing."},
    {"po.placed", 3, SK::Outcome, "Order placed", "web", "ecom", "priya", "erp", 2, "The order is accepted in the ERP.",
     nullptr, nullptr},
};

constexpr KpiSpec purchaseKpis[] = {
    {"po.product", KM::Conversion, 8.0, "% add-to-basket rate"},
    {"po.reminder", KM::Conversion, 12.0, "% of baskets recovered"},
    {"po.checkout", KM::Conversion, 65.0, "% checkout completion"},
    {"po.confirm", KM::TimeToNextStep, 0.1, "h"},
    {"po.placed", KM::Revenue, 72.0, "EUR average order value"},
};

constexpr TriggerSpec purchaseTriggers[] = {
    {"po.product", "po.stock", TK::CustomerAction, "Wants it today", "Item available for click & collect", nullptr,
     1 * Min},
    {"po.product", "po.basket", TK::CustomerAction, "Add to basket", nullptr, nullptr, 2 * Min},
    {"po.stock", "po.basket", TK::CustomerAction, "Chooses click & collect", "In stock in the chosen store", nullptr,
     1 * Min},
    {"po.market", "po.placed", TK::SystemEvent, "Marketplace order imported", nullptr, nullptr, 30 * Min},
    {"po.basket", "po.reminder", TK::Time, "Basket left for 4 hours", "Known e-mail address and consent",
     "Abandoned-basket e-mail", 4 * Hour},
    {"po.basket", "po.checkout", TK::CustomerAction, "Goes to checkout", nullptr, nullptr, 3 * Min},
    {"po.reminder", "po.checkout", TK::Message, "Clicks 'Complete your order'", "Basket still valid",
     "Free delivery for 24 h", 1 * Day},
    {"po.checkout", "po.fraud", TK::SystemEvent, "Order submitted", nullptr, nullptr, 0},
    {"po.fraud", "po.paid", TK::SystemEvent, "Risk score returned", nullptr, nullptr, 10},
    {"po.paid", "po.confirm", TK::SystemEvent, "Payment authorised", "Risk score below threshold",
     "Order confirmation e-mail", 1 * Min},
    {"po.paid", "po.declined", TK::SystemEvent, "Payment declined", "Card declined or risk score too high", nullptr, 0},
    {"po.declined", "po.reminder", TK::AgentAction, "Service calls back high-value orders", "Basket over EUR 300",
     "Personal call-back within 2 hours", 2 * Hour},
    {"po.confirm", "po.placed", TK::SystemEvent, "Order released to the ERP", nullptr, nullptr, 5 * Min},
};

// Checkout (task) ------------------------------------------------------------------------------

constexpr StageSpec checkoutStages[] = {
    {"Sign-in", "Account or guest, contact details, loyalty card."},
    {"Delivery & payment", "Delivery option and payment method, including strong customer authentication."},
    {"Review", "Order summary and the binding click."},
};

constexpr StepSpec checkoutSteps[] = {
    {"co.signin", 0, SK::Decision, "Sign in or check out as guest?", "web", "ecom", "priya", "shop", 0,
     "Returning customers sign in; everybody else continues as a guest.",
     "One in four password resets ends the order.", "Magic-link sign-in by e-mail."},
    {"co.details", 0, SK::CustomerAction, "Enters address and contact details", "web", "ecom", "priya", "shop", -1,
     "Name, address, e-mail and phone number.", "The form is reset when the customer goes back a page.",
     "Keep the form state; address autocomplete."},
    {"co.card", 0, SK::CustomerAction, "Adds the loyalty card number", "web", "loyalty", "jonas", "pos", 0,
     "Optional field to collect points online; it links the web customer to the store customer.",
     "The field hides behind a link: only 22 % fill it in.", "Detect the card by e-mail match and ask to confirm."},
    {"co.delivery", 1, SK::CustomerAction, "Chooses delivery or click & collect", "web", "logistics", "tobias", "shop", 1,
     "Home delivery, parcel locker, or free click & collect in a chosen store.",
     "Delivery costs show up only at this step.", "Show delivery costs on the product page."},
    {"co.pay", 1, SK::CustomerAction, "Chooses a payment method", "web", "ecom", "priya", "shop", 0,
     "Card, PayPal, invoice or gift card.", "Gift cards bought in a store cannot be used online.",
     "One gift-card balance for all channels."},
    {"co.sca", 1, SK::Backstage, "Strong customer authentication (3-D Secure)", nullptr, "it", "david", "shop", -1,
     "The bank asks the customer to confirm the payment in the banking app.",
     "Customers leave the shop to confirm and do not come back.", "Use exemptions for low-value orders."},
    {"co.review", 2, SK::Touchpoint, "Reviews the order summary", "web", "ecom", "priya", "shop", 0,
     "Items, delivery date, total and the points to be earned.",
     "The terms checkbox is easy to miss and its error shows at the top of the page.",
     "Inline validation next to the button."},
    {"co.submit", 2, SK::Outcome, "Places the order", "web", "ecom", "priya", "shop", 2,
     "Clicks 'Buy now'; the order is submitted.", nullptr, nullptr},
};

constexpr KpiSpec checkoutKpis[] = {
    {"co.signin", KM::Conversion, 92.0, "% continue"},
    {"co.card", KM::Conversion, 50.0, "% of orders with loyalty card"},
    {"co.sca", KM::TimeToNextStep, 0.05, "h"},
    {"co.submit", KM::Conversion, 75.0, "% of checkout starts"},
};

constexpr TriggerSpec checkoutTriggers[] = {
    {"co.signin", "co.details", TK::CustomerAction, "Continues as guest", "No account, or not signed in", nullptr, 0},
    {"co.signin", "co.card", TK::CustomerAction, "Signs in", "Account without a linked card",
     "Prefill address and payment", 30},
    {"co.details", "co.card", TK::CustomerAction, "Next", "Address valid", nullptr, 90},
    {"co.card", "co.delivery", TK::CustomerAction, "Continue", nullptr, nullptr, 20},
    {"co.delivery", "co.pay", TK::CustomerAction, "Continue", nullptr, nullptr, 30},
    {"co.pay", "co.sca", TK::SystemEvent, "Card payment started", "Card requires authentication", nullptr, 5},
    {"co.pay", "co.review", TK::CustomerAction, "PayPal, invoice or gift card", nullptr, nullptr, 20},
    {"co.sca", "co.review", TK::SystemEvent, "Bank confirms", nullptr, nullptr, 1 * Min},
    {"co.review", "co.submit", TK::CustomerAction, "Buy now", "Terms accepted", nullptr, 30},
};

// Return and refund ----------------------------------------------------------------------------

constexpr StageSpec returnStages[] = {
    {"Start return", "Registering the return online or at a store counter."},
    {"Send back", "The item travels back and is inspected."},
    {"Refund", "Decision, refund and the contacts it causes."},
};

constexpr StepSpec returnSteps[] = {
    {"rt.start", 0, SK::CustomerAction, "Starts a return online", "app", "logistics", "tobias", "shop", -1,
     "Selects the order and the reason in the app or the customer account.",
     "Guest orders cannot be found without an account.", "Return by order number and e-mail, no account needed."},
    {"rt.store", 0, SK::Touchpoint, "Brings the item to a store", "store", "sales", "elena", "pos", 0,
     "Returns an online order at any store counter.",
     "Staff cannot find online orders at the till; the refund takes up to 14 days.",
     "Show web orders in the POS by loyalty card or order number."},
    {"rt.label", 1, SK::Touchpoint, "Receives the return label", "email", "logistics", "tobias", "esp", 0,
     "E-mail with a QR code for the carrier's drop-off point.", "The label e-mail lands in spam.",
     "Show the QR code in the app as well."},
    {"rt.drop", 1, SK::CustomerAction, "Drops the parcel at a carrier point", nullptr, "logistics", "tobias", "erp", -1,
     "Hands the parcel to the carrier; the scan is the first event of the return.",
     "No confirmation that the parcel has arrived.", "Forward the carrier scan as a push message."},
    {"rt.inspect", 1, SK::Backstage, "Warehouse inspects the return", nullptr, "logistics", "tobias", "erp", 0,
     "Checks condition and completeness and books the item back into stock.",
     "Backlog of up to 10 days after Christmas.", "Temporary staff plan for the post-peak returns."},
    {"rt.ok", 2, SK::Decision, "Refund approved?", nullptr, "service", "nadia", "erp", 0,
     "Full refund, partial refund or rejection.", nullptr, nullptr},
    {"rt.refund", 2, SK::Outcome, "Refund received", "email", "service", "nadia", "erp", 1,
     "Refund to the original payment method; an e-mail confirms the amount.",
     "The money shows on the account only 3 to 5 days later.", "State the bank's booking date in the e-mail."},
    {"rt.rejected", 2, SK::Outcome, "Return rejected", "email", "service", "nadia", "erp", -2,
     "Item damaged or past the return window; the customer is informed and the item sent back.",
     "The rejection e-mail gives no reason code and no photo.", "Attach the inspection photos."},
    {"rt.where", 2, SK::Touchpoint, "Calls to ask where the refund is", "phone", "service", "nadia", "ticketing", -2,
     "A repeat contact caused by missing status information.",
     "Agents cannot see the warehouse inspection status.", "Return status in the ticketing view and in the app."},
};

constexpr KpiSpec returnKpis[] = {
    {"rt.start", KM::Conversion, 85.0, "% of returns started self-service"},
    {"rt.inspect", KM::TimeToNextStep, 48.0, "h"},
    {"rt.refund", KM::TimeToNextStep, 120.0, "h from drop-off to refund"},
    {"rt.where", KM::RepeatContact, 10.0, "% of returns"},
};

constexpr TriggerSpec returnTriggers[] = {
    {"rt.start", "rt.label", TK::SystemEvent, "Return registered", nullptr, "Return label with QR code", 2 * Min},
    {"rt.label", "rt.drop", TK::CustomerAction, "Takes the parcel to the carrier", nullptr, nullptr, 2 * Day},
    {"rt.drop", "rt.inspect", TK::SystemEvent, "Carrier delivers to the warehouse", nullptr, nullptr, 3 * Day},
    {"rt.store", "rt.inspect", TK::AgentAction, "Store sends the item to the warehouse", nullptr,
     "Receipt for the returned item", 4 * Day},
    {"rt.inspect", "rt.ok", TK::AgentAction, "Inspection booked", nullptr, nullptr, 2 * Day},
    {"rt.ok", "rt.refund", TK::SystemEvent, "Refund booked", "Item complete and undamaged", "Refund e-mail", 1 * Day},
    {"rt.ok", "rt.rejected", TK::AgentAction, "Return rejected", "Damaged or past 30 days", "Rejection e-mail", 1 * Day},
    {"rt.drop", "rt.where", TK::Time, "No news after 7 days", "Refund not yet issued", nullptr, 7 * Day},
    {"rt.where", "rt.refund", TK::AgentAction, "Agent escalates to the warehouse", nullptr,
     "Call-back when the refund is booked", 2 * Day},
};

// Support case ---------------------------------------------------------------------------------

constexpr StageSpec supportStages[] = {
    {"Contact", "The customer reaches out on chatbot, hotline or voice assistant."},
    {"Diagnosis", "Finding the customer and the order, opening a ticket."},
    {"Resolution", "The agent solves the case and closes it."},
    {"Follow-up", "Satisfaction survey and the end state."},
};

constexpr StepSpec supportSteps[] = {
    {"sc.chat", 0, SK::Touchpoint, "Asks the chatbot", "chatbot", "service", "nadia", "ticketing", 0,
     "The chatbot answers order status, opening hours and return rules.",
     "It does not recognise signed-in customers and asks for the order number twice.",
     "Identify signed-in customers in the chat."},
    {"sc.solved", 0, SK::Decision, "Chatbot solves it?", "chatbot", "service", "nadia", "ticketing", 0,
     "If not, the chat is handed over to an agent.", nullptr, nullptr},
    {"sc.voice", 0, SK::Touchpoint, "Asks the voice assistant for the order status", "voice", "ecom", "priya", "shop", 0,
     "The smart-speaker skill reads out the status of the last order.",
     "The skill knows web orders only, not click & collect.", "Include click & collect status."},
    {"sc.call", 0, SK::Touchpoint, "Calls the support hotline", "phone", "service", "nadia", "ticketing", -1,
     "The IVR asks for the reason and the customer number.",
     "Average wait of 6 minutes on Mondays; the IVR does not accept the loyalty card number.",
     "Call-back option; accept the card number in the IVR."},
    {"sc.lookup", 1, SK::Backstage, "Agent looks the customer up in CRM, web shop and POS", nullptr, "service", "nadia",
     "crm", 0, "The agent searches three systems by name, e-mail or card number.",
     "One customer exists up to three times, spelt differently ('US' vs 'United States').",
     "Identity resolution across the silos; one customer view."},
    {"sc.ticket", 1, SK::Backstage, "Ticket created and categorised", nullptr, "service", "nadia", "ticketing", 0,
     "Ticket with reason code, order number and channel.", "Free-text reasons: 40 % end up as 'other'.",
     "Reason codes aligned with the glossary."},
    {"sc.resolve", 2, SK::Touchpoint, "Agent resolves the ticket", "phone", "service", "nadia", "ticketing", 1,
     "Replacement, voucher or explanation; the agent confirms the next steps.",
     "Vouchers issued by customer service cannot be redeemed in stores.", "One voucher engine for all channels."},
    {"sc.close", 2, SK::Backstage, "Agent closes the ticket", nullptr, "service", "nadia", "ticketing", 0,
     "The ticket is closed with a resolution code.", "Tickets are closed before the replacement has shipped.",
     "Close automatically on the shipping event."},
    {"sc.survey", 3, SK::Touchpoint, "Receives a satisfaction survey", "email", "service", "nadia", "ticketing", 0,
     "One-question CSAT survey plus the NPS question, 24 hours after closing.",
     "Survey fatigue: customers with several tickets get several surveys.", "At most one survey per 30 days."},
    {"sc.happy", 3, SK::Outcome, "Issue resolved, customer satisfied", nullptr, "service", "nadia", "ticketing", 1,
     "No repeat contact about the same issue within 7 days.", nullptr, nullptr},
};

constexpr KpiSpec supportKpis[] = {
    {"sc.solved", KM::Conversion, 40.0, "% solved by the chatbot"},
    {"sc.call", KM::TimeToNextStep, 0.1, "h waiting time"},
    {"sc.resolve", KM::Conversion, 80.0, "% first-contact resolution"},
    {"sc.survey", KM::Satisfaction, 4.3, "CSAT 1-5"},
    {"sc.happy", KM::RepeatContact, 10.0, "% within 7 days"},
};

constexpr TriggerSpec supportTriggers[] = {
    {"sc.chat", "sc.solved", TK::SystemEvent, "Intent recognised", nullptr, nullptr, 0},
    {"sc.solved", "sc.happy", TK::CustomerAction, "Accepts the answer", "Answer rated helpful", nullptr, 1 * Min},
    {"sc.solved", "sc.lookup", TK::AgentAction, "Hand-over to an agent", "Within opening hours",
     "Chat transcript passed to the agent", 3 * Min},
    {"sc.voice", "sc.call", TK::CustomerAction, "Skill suggests calling", "Order status unknown to the skill", nullptr,
     5 * Min},
    {"sc.call", "sc.lookup", TK::AgentAction, "Agent takes the call", nullptr, nullptr, 6 * Min},
    {"sc.lookup", "sc.ticket", TK::AgentAction, "Opens a ticket", nullptr, nullptr, 2 * Min},
    {"sc.ticket", "sc.resolve", TK::AgentAction, "Works the case", "Second level needed for damages", nullptr, 4 * Hour},
    {"sc.resolve", "sc.close", TK::AgentAction, "Closes the ticket", nullptr, nullptr, 5 * Min},
    {"sc.close", "sc.survey", TK::Message, "CSAT survey", "Customer contactable by e-mail", "One-question survey e-mail",
     1 * Day},
    {"sc.survey", "sc.happy", TK::CustomerAction, "Rates 4 or 5", nullptr, "Ask for a public review", 1 * Day},
};

// Join the loyalty programme -------------------------------------------------------------------

constexpr StageSpec loyaltyStages[] = {
    {"Invitation", "The customer hears about the programme at the till or on social media."},
    {"Enrolment", "App, registration, consents and linking past purchases."},
    {"First reward", "Welcome points and the first purchase as a member."},
};

constexpr StepSpec loyaltySteps[] = {
    {"lp.invite", 0, SK::Touchpoint, "Invited to join at the till", "store", "sales", "elena", "pos", 1,
     "The cashier offers the card with double points on today's purchase.",
     "Cashiers skip the offer when the queue is long.", "QR code on the customer-facing till display."},
    {"lp.social", 0, SK::Touchpoint, "Sees the member-day post", "social", "loyalty", "jonas", "analytics", 0,
     "Social post announcing member-only prices for one weekend.", nullptr, "Deep link straight into enrolment."},
    {"lp.app", 1, SK::CustomerAction, "Downloads the app", "app", "loyalty", "jonas", "analytics", 0,
     "Installs the app from the app store.", "The app asks for every permission at first start.",
     "Ask for permissions when they are needed."},
    {"lp.register", 1, SK::CustomerAction, "Registers and gives consent", "app", "loyalty", "jonas", "crm", 0,
     "Name, e-mail, birth date; separate consents for newsletter and personalised offers.",
     "Consent texts differ between app, web shop and the paper form.", "One consent text, owned in the glossary."},
    {"lp.link", 1, SK::Backstage, "Links the card to past receipts and the web account", nullptr, "it", "david", "crm", 0,
     "Matches the new member to POS receipts and the web shop account by card number, e-mail and name.",
     "Exact e-mail matching only: typos create duplicate customers.",
     "Fuzzy matching on normalised names and addresses."},
    {"lp.points", 2, SK::Touchpoint, "Receives the welcome points", "app", "loyalty", "jonas", "pos", 2,
     "Push message: 500 welcome points plus the points for today's purchase.",
     "Points for today's purchase appear only the next day.", "Book points in real time."},
    {"lp.voice", 2, SK::Touchpoint, "Asks the voice assistant for the points balance", "voice", "loyalty", "jonas",
     "pos", 1, "'How many points do I have?' on the smart speaker.", "Account linking in the skill is fiddly.",
     "Link the skill from the app with one tap."},
    {"lp.active", 2, SK::Outcome, "Active member", nullptr, "loyalty", "jonas", "crm", 2,
     "Member with a purchase within 90 days of joining.", nullptr, nullptr},
};

constexpr KpiSpec loyaltyKpis[] = {
    {"lp.invite", KM::Conversion, 15.0, "% of receipts without a card"},
    {"lp.register", KM::Conversion, 70.0, "% of app installs"},
    {"lp.link", KM::Conversion, 85.0, "% matched to past receipts"},
    {"lp.active", KM::Conversion, 60.0, "% active after 90 days"},
};

constexpr TriggerSpec loyaltyTriggers[] = {
    {"lp.invite", "lp.app", TK::AgentAction, "Cashier shows the QR code", "No card scanned",
     "Double points on today's purchase", 0},
    {"lp.social", "lp.app", TK::CustomerAction, "Taps 'Join now'", nullptr, nullptr, 2 * Min},
    {"lp.app", "lp.register", TK::CustomerAction, "Opens the app", nullptr, nullptr, 10 * Min},
    {"lp.register", "lp.link", TK::SystemEvent, "Member created in the CRM", "E-mail verified", nullptr, 1 * Min},
    {"lp.link", "lp.points", TK::SystemEvent, "Points booked", nullptr, "Welcome push message", 1 * Day},
    {"lp.points", "lp.voice", TK::CustomerAction, "Checks the balance", "Voice skill linked", nullptr, 7 * Day},
    {"lp.points", "lp.active", TK::Message, "First member offer", "Consent to personalised offers",
     "Member-price newsletter", 14 * Day},
    {"lp.voice", "lp.active", TK::CustomerAction, "Redeems points in a store", nullptr, nullptr, 10 * Day},
};

// The journeys, parents before the journeys that detail their steps.
constexpr JourneySpec journeySpecs[] = {
    {"Customer lifecycle", JourneyLevel::Lifecycle, JourneyStatus::Approved, "claire", "laura tom margaret kemal",
     nullptr,
     "From first contact to repeat purchase across web shop, app, stores and service: the backbone the detailed "
     "journeys hang from.",
     lifecycleStages, lifecycleSteps, lifecycleKpis, lifecycleTriggers},
    {"Purchase online", JourneyLevel::Journey, JourneyStatus::InReview, "priya", "laura tom kemal", "lc.buyonline",
     "Buying in the web shop, the app or on the marketplace, from the product page to the confirmed order.",
     purchaseStages, purchaseSteps, purchaseKpis, purchaseTriggers},
    {"Checkout", JourneyLevel::Task, JourneyStatus::Draft, "priya", "tom kemal", "po.checkout",
     "The checkout screens one by one: where mobile customers drop off and where the web customer could be linked "
     "to the store customer.",
     checkoutStages, checkoutSteps, checkoutKpis, checkoutTriggers},
    {"Return and refund", JourneyLevel::Journey, JourneyStatus::Approved, "tobias", "laura tom kemal", "lc.return",
     "Returning an online purchase by parcel or in a store, until the money is back.", returnStages, returnSteps,
     returnKpis, returnTriggers},
    {"Support case", JourneyLevel::Journey, JourneyStatus::InReview, "nadia", "margaret tom", "lc.contact",
     "A service contact from the first question to the satisfaction survey.", supportStages, supportSteps,
     supportKpis, supportTriggers},
    {"Join the loyalty programme", JourneyLevel::Journey, JourneyStatus::Approved, "jonas", "margaret laura",
     "lc.join", "From the invitation at the till to an active member whose store and web purchases are linked.",
     loyaltyStages, loyaltySteps, loyaltyKpis, loyaltyTriggers},
};

struct GlossarySpec
{
    const char *term;
    const char *definition;
    std::initializer_list<const char *> synonyms;
    const char *owner;
};

// --- building --------------------------------------------------------------------------------

// --- workshop material -------------------------------------------------------------------------

// Where a persona feels differently from the step's expected emotion.
struct PersonaEmotionSpec
{
    const char *step;
    const char *persona;
    int emotion;
};

const PersonaEmotionSpec personaEmotionSpecs[] = {
    {"lc.ad", "tom", 1},           {"lc.compare", "tom", 2},       {"lc.compare", "margaret", -1},
    {"lc.chat", "margaret", -2},   {"lc.chat", "kemal", 1},        {"lc.buystore", "margaret", 2},
    {"lc.buystore", "kemal", -1},  {"lc.buyonline", "margaret", -1}, {"lc.receive", "kemal", 2},
    {"lc.contact", "laura", -2},   {"lc.contact", "margaret", 0},  {"lc.return", "kemal", -2},
    {"lc.join", "laura", 2},       {"lc.offer", "tom", 2},         {"lc.offer", "margaret", -1},
    {"po.stock", "laura", 2},      {"po.market", "tom", 2},        {"po.reminder", "tom", -1},
    {"po.reminder", "kemal", -2},  {"po.checkout", "tom", -2},     {"po.checkout", "kemal", 0},
    {"po.placed", "laura", 1},
};

// Sticky notes from the last "Purchase online" workshop.
struct NoteSpec
{
    const char *step;
    NoteKind kind;
    const char *text;
    int votes;
};

const NoteSpec noteSpecs[] = {
    {"po.checkout", NoteKind::Pain, "Account required before paying", 0},
    {"po.checkout", NoteKind::Idea, "Guest checkout with account creation after payment", 5},
    {"po.checkout", NoteKind::Idea, "Show the total incl. delivery on the basket page", 3},
    {"po.reminder", NoteKind::Pain, "Reminder arrives after the customer has bought in store", 0},
    {"po.reminder", NoteKind::Idea, "Suppress the reminder when a loyalty-card receipt has the item", 4},
    {"po.stock", NoteKind::Idea, "Reserve the item for 2 hours while the customer drives over", 2},
    {"po.declined", NoteKind::Pain, "No second payment method offered", 0},
    {"po.declined", NoteKind::Idea, "Offer PayPal and invoice after a declined card", 1},
};

class Builder
{
public:
    explicit Builder(Workspace &workspace) : m_ws(workspace) {}

    void addReferenceLists();
    void addPersonas();
    void addJourney(const JourneySpec &spec);
    void addGlossary();
    void addWorkshopMaterial();
    const QStringList &failures() const { return m_failures; }

private:
    template <typename IdT>
    IdT check(IdT id, const char *what, const QString &name)
    {
        if (!id)
            m_failures << QStringLiteral("%1 “%2”: %3").arg(QLatin1String(what), name, m_ws.lastError());
        return id;
    }

    template <typename IdT>
    static IdT find(const QHash<QString, IdT> &ids, const char *key)
    {
        if (!key)
            return {};
        Q_ASSERT_X(ids.contains(u(key)), "demo", key);
        return ids.value(u(key));
    }

    Workspace &m_ws;
    QHash<QString, ChannelId> m_channels;
    QHash<QString, DepartmentId> m_departments;
    QHash<QString, SourceSystemId> m_sourceSystems;
    QHash<QString, OwnerId> m_owners;
    QHash<QString, PersonaId> m_personas;
    QHash<QString, StepId> m_steps;
    QStringList m_failures;
};

void Builder::addReferenceLists()
{
    for (const ChannelSpec &c : channelSpecs)
        m_channels.insert(u(c.icon), check(m_ws.addChannel({{}, u(c.name), u(c.icon), u(c.description)}), "channel",
                                           u(c.name)));
    for (const DepartmentSpec &d : departmentSpecs)
        m_departments.insert(u(d.key), check(m_ws.addDepartment({{}, u(d.name)}), "department", u(d.name)));
    for (const SourceSystemSpec &s : sourceSystemSpecs)
        m_sourceSystems.insert(u(s.key), check(m_ws.addSourceSystem({{}, u(s.name), u(s.kind), u(s.description)}),
                                               "source system", u(s.name)));
    for (const OwnerSpec &o : ownerSpecs)
        m_owners.insert(u(o.key), check(m_ws.addOwner({{}, u(o.name), u(o.role), find(m_departments, o.department)}),
                                        "owner", u(o.name)));
}

void Builder::addPersonas()
{
    const PersonaSpec specs[] = {
        {"laura", "Laura Becker", 0x2a9d8f,
         "I plan the week's shopping on the sofa at 10 pm. It has to work on my phone and be ready when I pass the store.",
         {"Get everything for the family in one order or one trip", "Stay within the monthly budget",
          "Collect points for the whole household on one card"},
         {"Delivery slots that don't fit around school and work", "Telling customer service the whole story again",
          "Vouchers that only work in one channel"},
         {"Reliable click & collect with an exact ready time", "One account for online and store purchases",
          "Stock information per store"},
         "app web store newsletter", "35-44", "2 adults, 2 children", "suburban", true,
         "segment = \"family\" AND children_in_household >= 1"},
        {"tom", "Tom Hartley", 0xe76f51, "If the marketplace is two euros cheaper, I'm gone.",
         {"Find the best price", "Fast and free delivery", "Never wait on hold"},
         {"Different prices in web shop and marketplace", "Being forced to create an account at checkout",
          "Slow refunds", "Chatbots that don't get the question"},
         {"Guest checkout and mobile payment", "Member prices he can see up front",
          "Status updates by push message, not by phone"},
         "app marketplace social chatbot", "25-34", "single", "city centre", false,
         "segment = \"deal_seeker\" AND online_share >= 0.8"},
        {"margaret", "Margaret Ellis", 0x6d597a,
         "I've shopped here for twenty years. I like to talk to a person who knows me.",
         {"Advice from staff she knows", "Use her loyalty points before they expire", "Keep things simple"},
         {"Being sent to the website for everything", "Small print in e-mails", "Long waits on the hotline"},
         {"Personal service in the store and on the phone", "Points balance printed on the receipt",
          "Offers that are easy to read"},
         "store phone newsletter voice", "65+", "retired couple", "small town", true,
         "segment = \"store_regular\" AND store_share >= 0.9"},
        {"kemal", "Kemal Aydin", 0x264653, "Just tell me when it arrives. I don't have time to chase anything.",
         {"Order in under two minutes", "Predictable delivery to a parcel locker",
          "Returns without a trip to the post office"},
         {"Three e-mails to read for one order", "Return labels that need a printer"},
         {"Saved addresses and payment", "Proactive delay notices", "Paperless returns with a QR code"},
         "app email voice chatbot", "35-44", "couple, no children", "city", true,
         "segment = \"time_poor\" AND avg_order_value >= 80"},
    };
    const auto toList = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << u(item);
        return list;
    };
    for (const PersonaSpec &spec : specs) {
        Persona persona;
        persona.name = u(spec.name);
        persona.quote = u(spec.quote);
        QString initials;
        for (const QString &word : words(spec.name))
            initials += word.at(0);
        persona.photo = avatarPng(initials, QColor(spec.colour));
        persona.goals = toList(spec.goals);
        persona.pains = toList(spec.pains);
        persona.needs = toList(spec.needs);
        persona.attributes = {{QStringLiteral("age_band"), u(spec.ageBand)},
                              {QStringLiteral("household"), u(spec.household)},
                              {QStringLiteral("location"), u(spec.location)},
                              {QStringLiteral("loyalty_member"), spec.loyaltyMember}};
        persona.segmentRule = u(spec.segmentRule);
        for (const QString &channel : words(spec.channels))
            persona.preferredChannels << m_channels.value(channel);
        m_personas.insert(u(spec.key), check(m_ws.addPersona(persona), "persona", persona.name));
    }
}

void Builder::addJourney(const JourneySpec &spec)
{
    Journey journey;
    journey.name = u(spec.name);
    journey.level = spec.level;
    journey.status = spec.status;
    journey.owner = find(m_owners, spec.owner);
    journey.description = u(spec.description);
    journey.detailsStep = find(m_steps, spec.detailsStep);
    for (const QString &persona : words(spec.personas))
        journey.personas << m_personas.value(persona);
    const JourneyId journeyId = check(m_ws.addJourney(journey), "journey", journey.name);
    if (!journeyId)
        return;

    QList<StageId> stages;
    int position = 0;
    for (const StageSpec &s : spec.stages)
        stages << check(m_ws.addStage({{}, journeyId, u(s.name), position++, u(s.description)}), "stage", u(s.name));

    for (const StepSpec &s : spec.steps) {
        Step step;
        step.journey = journeyId;
        step.stage = stages.value(s.stage);
        step.kind = s.kind;
        step.name = u(s.name);
        step.channel = find(m_channels, s.channel);
        step.department = find(m_departments, s.department);
        step.owner = find(m_owners, s.owner);
        step.sourceSystem = find(m_sourceSystems, s.sourceSystem);
        step.emotion = s.emotion;
        step.description = u(s.description);
        step.pains = u(s.pains);
        step.ideas = u(s.ideas);
        for (const KpiSpec &k : spec.kpis) {
            if (qstrcmp(k.step, s.key) == 0)
                step.kpiTargets << KpiTarget{{}, {}, k.measure, k.target, u(k.unit)};
        }
        Q_ASSERT_X(!m_steps.contains(u(s.key)), "demo", s.key);
        m_steps.insert(u(s.key), check(m_ws.addStep(step), "step", step.name));
    }

    for (const TriggerSpec &t : spec.triggers) {
        const Trigger trigger{{},          journeyId,         find(m_steps, t.from), find(m_steps, t.to),
                              t.kind,      u(t.label),        u(t.condition),        u(t.engagementAction),
                              t.delaySeconds};
        check(m_ws.addTrigger(trigger), "trigger", trigger.label);
    }
}

void Builder::addWorkshopMaterial()
{
    for (const PersonaEmotionSpec &spec : personaEmotionSpecs) {
        if (!m_ws.setPersonaEmotion(find(m_steps, spec.step), m_personas.value(u(spec.persona)), spec.emotion))
            m_failures << QStringLiteral("persona emotion %1/%2: %3").arg(u(spec.step), u(spec.persona), m_ws.lastError());
    }
    for (const NoteSpec &spec : noteSpecs)
        check(m_ws.addWorkshopNote({{}, find(m_steps, spec.step), spec.kind, u(spec.text), spec.votes, 0}), "note",
              u(spec.text));
}

void Builder::addGlossary()
{
    const GlossarySpec terms[] = {
        {"Loyalty card",
         "Membership card of the loyalty programme, plastic or in the app. Scanning it at the till links a receipt "
         "to a member and awards points.",
         {"Customer card", "Member card", "Bonus card"}, "jonas"},
        {"Customer number",
         "Identifier of a customer in the CRM. Not the same as the loyalty card number, although the card shows both.",
         {"Customer ID", "Account number"}, "david"},
        {"Click & collect", "Order online and pick up in a store of the customer's choice, free of charge.",
         {"Pick-up in store", "BOPIS", "Reserve & collect"}, "priya"},
        {"Basket", "Items a customer has selected in the web shop or the app but not yet ordered.",
         {"Cart", "Shopping cart", "Shopping bag"}, "priya"},
        {"Order",
         "A binding purchase placed in the web shop, the app or on the marketplace, with an ERP order number. A store "
         "purchase is a receipt, not an order.",
         {"Online order"}, "tobias"},
        {"Receipt", "A store purchase recorded by the POS; linked to a member only when the loyalty card was scanned.",
         {"Till receipt", "Transaction", "Bon"}, "elena"},
        {"Return", "An item sent back or brought to a store within 30 days for a refund or an exchange.",
         {"Returned goods", "RMA"}, "tobias"},
        {"Refund", "Money paid back to the original payment method after an accepted return or a cancelled order.",
         {"Reimbursement", "Credit"}, "nadia"},
        {"Ticket", "A customer service case in the ticketing system, whatever channel it came in by.",
         {"Case", "Service request", "Incident"}, "nadia"},
        {"Consent",
         "A customer's recorded permission for one purpose (newsletter, personalised offers, analytics), with time, "
         "channel and the version of the text agreed to.",
         {"Opt-in", "Permission"}, "marcus"},
        {"Newsletter",
         "Marketing e-mail sent from the ESP to subscribers who gave consent. Order and shipping e-mails are "
         "transactional, not newsletters.",
         {"Mailing", "E-mail campaign"}, "marcus"},
        {"Lead", "A person who has left contact details (newsletter sign-up, competition, store form) but not bought yet.",
         {"Prospect"}, "marcus"},
        {"Touchpoint", "A moment in which the customer meets the company on a channel; one kind of step in a journey.",
         {"Contact point", "Interaction"}, "claire"},
        {"Net Promoter Score",
         "Share of promoters (9-10) minus share of detractors (0-6) among answers to 'How likely are you to "
         "recommend us to a friend?'.",
         {"NPS", "Recommendation score"}, "claire"},
        {"Active member", "A loyalty member with at least one purchase in any channel in the last 12 months.",
         {"Active customer"}, "jonas"},
        {"First-contact resolution", "Share of service cases solved in the first contact, without a follow-up.",
         {"FCR", "One-touch resolution"}, "nadia"},
    };
    for (const GlossarySpec &spec : terms) {
        GlossaryTerm term;
        term.term = u(spec.term);
        term.definition = u(spec.definition);
        for (const char *synonym : spec.synonyms)
            term.synonyms << u(synonym);
        term.owner = find(m_owners, spec.owner);
        check(m_ws.addGlossaryTerm(term), "glossary term", term.term);
    }
}

} // namespace

bool populate(Workspace &workspace, QString *error)
{
    Builder builder(workspace);
    builder.addReferenceLists();
    builder.addPersonas();
    for (const JourneySpec &spec : journeySpecs)
        builder.addJourney(spec);
    builder.addGlossary();
    builder.addWorkshopMaterial();
    // The demo arrives as one finished document, not as hundreds of undo steps.
    workspace.undoStack()->clear();
    if (!builder.failures().isEmpty()) {
        if (error)
            *error = QStringLiteral("The demo workspace could not be built: ") + builder.failures().join(QStringLiteral("; "));
        return false;
    }
    return true;
}

bool createDemoWorkspace(const QString &path, QString *error)
{
    WorkspaceError err;
    auto workspace = Workspace::create(path, QStringLiteral("Retail: lead to cash"), &err);
    if (!workspace) {
        if (error)
            *error = err.message;
        return false;
    }
    if (!populate(*workspace, error)) {
        workspace.reset();
        QFile::remove(path); // never leave a half-built demo behind
        return false;
    }
    return true;
}

} // namespace jl::demo
