namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>A binary PPM (P6) image with 8-bit channels, as pdftoppm writes it.</summary>
/// <param name="Width">Pixels across.</param>
/// <param name="Height">Pixels down.</param>
/// <param name="Rgb">Width x Height x 3 bytes, row by row.</param>
public sealed record PpmImage(int Width, int Height, byte[] Rgb)
{
    public static PpmImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
        }
        if (Token() != "P6")
        {
            throw new FormatException($"{path} is not a binary PPM.");
        }
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        if (Token() != "255")
        {
            throw new FormatException($"{path} does not have 8-bit channels.");
        }
        position++;
        return new PpmImage(width, height, bytes[position..(position + width * height * 3)]);
    }

    /// <summary>How many pixels in the rectangle (fractions of the page) are within <paramref name="tolerance"/> of the colour in every channel.</summary>
    public int Count(string rgbHex, double left, double top, double right, double bottom, int tolerance = 24)
    {
        var r = Convert.ToInt32(rgbHex[..2], 16);
        var g = Convert.ToInt32(rgbHex[2..4], 16);
        var b = Convert.ToInt32(rgbHex[4..], 16);
        var count = 0;
        for (var y = (int)(top * Height); y < (int)(bottom * Height); y++)
        {
            for (var x = (int)(left * Width); x < (int)(right * Width); x++)
            {
                var i = (y * Width + x) * 3;
                if (Math.Abs(Rgb[i] - r) <= tolerance && Math.Abs(Rgb[i + 1] - g) <= tolerance && Math.Abs(Rgb[i + 2] - b) <= tolerance)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
