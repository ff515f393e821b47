#pragma once

// gzip for tests that serve compressed responses. Header-only; tests link zlib.

#include <QByteArray>

#include <zlib.h>

// Compresses `data`, or `zeros` zero bytes fed in 1 MiB steps (a decompression bomb without
// holding the uncompressed bytes in memory).
inline QByteArray gzip(const QByteArray &data, qint64 zeros = 0)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    const QByteArray block(1 << 20, '\0');
    auto pump = [&](const QByteArray &input, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            deflate(&stream, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    };
    for (qint64 left = zeros; left > 0; left -= block.size())
        pump(left >= block.size() ? block : block.left(qsizetype(left)), Z_NO_FLUSH);
    pump(data, Z_FINISH);
    deflateEnd(&stream);
    return out;
}
