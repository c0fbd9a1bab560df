HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.bookshelf.example/v1/books?limit=5&cursor=b2Zmc2V0OjU&genre=mystery&q=sherlock&available=true&tags=classic&tags=gothic&authorId=au_003&sort=-publishedYear"))
    .header("Accept", "application/json")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
