// tidings-render-icon SVG OUTPUT SIZE...: renders the scalable app icon at build time for the
// packages (packaging/README.md). The output's suffix picks the format:
//   .png   one SIZE: a hicolor theme icon (Linux);
//   .ico   SIZEs up to 256: the Windows icon, one image per size, every image a PNG (Windows
//          Vista and later, rc.exe and makensis read PNG entries);
//   .icns  SIZEs among 16, 32, 64, 128, 256, 512, 1024: the macOS icon, PNG entries.
// Each size is rendered from the SVG, not scaled from another size. Written here rather than with
// QImageWriter, whose "ico" plugin writes one size only and whose "icns" plugin is not in qtbase;
// no rsvg-convert or iconutil either, so every platform's icon is made, and checked
// (.ci/recipe-check), on Linux too. Built for packaging only, never installed.

#include <QtEndian>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>
#include <map>
#include <optional>
#include <vector>

namespace {

std::optional<QByteArray> renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return std::nullopt;
    return png;
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, one ICONDIRENTRY per image (a width or height of 256 is written as 0), then the images.
QByteArray icoFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLe16(out, 0);   // reserved
    appendLe16(out, 1);   // 1 = icon
    appendLe16(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size == 256 ? 0 : size));
        out.append(char(size == 256 ? 0 : size));
        out.append(char(0));   // no palette
        out.append(char(0));   // reserved
        appendLe16(out, 1);    // colour planes
        appendLe16(out, 32);   // bits per pixel
        appendLe32(out, quint32(png.size()));
        appendLe32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// The PNG element types of an .icns file for each rendered size (a 2x type holds the same pixels
// as the 1x type of double the size).
const std::map<int, std::vector<const char *>> &icnsTypes()
{
    static const std::map<int, std::vector<const char *>> types = {
        {16, {"icp4"}},           {32, {"icp5", "ic11"}}, {64, {"ic12"}},
        {128, {"ic07"}},          {256, {"ic08", "ic13"}}, {512, {"ic09", "ic14"}},
        {1024, {"ic10"}},
    };
    return types;
}

// 'icns', the file length, then elements of type, length (header included) and PNG data; big endian.
QByteArray icnsFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray body;
    for (const auto &[size, png] : images) {
        for (const char *type : icnsTypes().at(size)) {
            body.append(type, 4);
            appendBe32(body, quint32(8 + png.size()));
            body.append(png);
        }
    }
    QByteArray out("icns");
    appendBe32(out, quint32(8 + body.size()));
    return out + body;
}

int usage()
{
    std::fprintf(stderr, "usage: tidings-render-icon SVG OUTPUT.png SIZE\n"
                         "       tidings-render-icon SVG OUTPUT.ico SIZE... (1-256)\n"
                         "       tidings-render-icon SVG OUTPUT.icns SIZE... (16, 32, 64, 128, 256, 512, 1024)\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return usage();
    const QString output = args.at(2);
    const bool png = output.endsWith(QLatin1String(".png"));
    const bool ico = output.endsWith(QLatin1String(".ico"));
    const bool icns = output.endsWith(QLatin1String(".icns"));
    if ((!png && !ico && !icns) || (png && args.size() != 4))
        return usage();

    std::vector<int> sizes;
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        const bool allowed = ok && size >= 1
            && (png ? size <= 1024 : ico ? size <= 256 : icnsTypes().count(size) == 1);
        if (!allowed)
            return usage();
        sizes.push_back(size);
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "tidings-render-icon: %s: not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    std::vector<std::pair<int, QByteArray>> images;
    for (const int size : sizes) {
        std::optional<QByteArray> image = renderPng(renderer, size);
        if (!image) {
            std::fprintf(stderr, "tidings-render-icon: cannot encode the %d px PNG\n", size);
            return 1;
        }
        images.emplace_back(size, *image);
    }

    const QByteArray data = png ? images.front().second : ico ? icoFile(images) : icnsFile(images);
    QSaveFile file(output);   // a failed run leaves no half-written icon for the next build step
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
        || !file.commit()) {
        std::fprintf(stderr, "tidings-render-icon: %s: cannot write\n", qPrintable(output));
        return 1;
    }
    return 0;
}
