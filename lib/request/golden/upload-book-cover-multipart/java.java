HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.bookshelf.example/v1/books/bk_001/cover"))
    .header("Accept", "application/json")
    .header("X-API-Key", "YOUR_API_KEY")
    .header("Content-Type", "multipart/form-data; boundary=---011000010111000001101001")
    .method("PUT", HttpRequest.BodyPublishers.ofString("-----011000010111000001101001\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cover.png\"\r\nContent-Type: image/png\r\n\r\n\r\n-----011000010111000001101001\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\nA dark blue cover with the title in white capitals, and the author's name\r\n-----011000010111000001101001--"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
