Console.WriteLine("deepmath");
